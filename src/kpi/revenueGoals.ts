import type { Goal } from '../domain/portal';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';

const cache = new WeakMap<readonly Goal[], Map<string, Result<readonly Goal[]>>>();

/**
 * The HubSpot goal targets that are revenue quotas (kpi-spec §2 "Target"): a portal's goals also
 * count calls made and meetings booked, and summing a "Calls made: 100" goal into a revenue
 * quota would make every attainment wrong. HubSpot groups a goal's time slices by
 * `hs_group_correlation_uuid`; the admin picks the revenue family in the settings. Until they
 * do, the goals count only while they are a single family; several make the target unknown,
 * naming them so the admin knows what to pick from.
 */
export function revenueGoals(goals: readonly Goal[], settings: Pick<Settings, 'revenueGoalGroupId'>): Result<readonly Goal[]> {
  const key = settings.revenueGoalGroupId ?? '';
  let byKey = cache.get(goals);
  if (byKey === undefined) cache.set(goals, (byKey = new Map()));
  let result = byKey.get(key);
  if (result === undefined) {
    result = pick(goals, settings.revenueGoalGroupId);
    byKey.set(key, result);
  }
  return result;
}

function pick(goals: readonly Goal[], picked: string | null): Result<readonly Goal[]> {
  if (picked !== null) return ok(goals.filter((g) => g.groupId === picked));
  const families = goalFamilies(goals);
  if (families.length <= 1) return ok(goals);
  const names = families.map((f) => f.name ?? f.id ?? 'unnamed').join(', ');
  return err(`the HubSpot goals are ${families.length} different goals (${names}): pick the revenue goal in the settings`);
}

export interface GoalFamily {
  /** hs_group_correlation_uuid; null for goals HubSpot gave none. */
  id: string | null;
  /** A goal name of the family, to choose it by. */
  name: string | null;
  targets: number;
}

/** The goal families among the goal targets, in the order first seen: what the settings offer to pick. */
export function goalFamilies(goals: readonly Goal[]): GoalFamily[] {
  const families = new Map<string | null, GoalFamily>();
  for (const g of goals) {
    const family = families.get(g.groupId) ?? { id: g.groupId, name: g.name, targets: 0 };
    family.targets += 1;
    families.set(g.groupId, family);
  }
  return [...families.values()];
}
