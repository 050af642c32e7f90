import type { Bounds } from '../domain/period';
import type { Goal } from '../domain/portal';
import type { SourceQuota } from './quotaSource';
import { NO_QUOTA, quotaAmount, quotaUnknown } from './quotaSource';

interface GoalsByHolder {
  byUser: Map<number, Goal[]>;
  byTeam: Map<string, Goal[]>;
}

function push<K>(map: Map<K, Goal[]>, key: K, goal: Goal): void {
  const list = map.get(key);
  if (list) list.push(goal);
  else map.set(key, [goal]);
}

const cache = new WeakMap<readonly Goal[], GoalsByHolder>();

/** HubSpot goal targets grouped by assignee user and team, once per goals list. */
export function goalsByHolder(goals: readonly Goal[]): GoalsByHolder {
  let grouped = cache.get(goals);
  if (grouped === undefined) {
    grouped = { byUser: new Map(), byTeam: new Map() };
    for (const g of goals) {
      if (g.userId !== null) push(grouped.byUser, g.userId, g);
      else if (g.teamId !== null) push(grouped.byTeam, g.teamId, g);
    }
    cache.set(goals, grouped);
  }
  return grouped;
}

/**
 * The target HubSpot goals give for a period: the goal slices (goal_targets, one per month
 * or quarter as HubSpot creates them) inside the period are summed. A slice that only partly
 * overlaps the period counts in proportion to the time overlap — e.g. a UTC month slice read
 * in an Asia/Shanghai period contributes the 8 hours it spills over to the neighbouring month
 * pro rata, and a quarterly goal asked for by month gives a third (by days) to each month.
 * A slice with no window or no amount that may touch the period makes the target unknown.
 */
export function goalQuota(goals: readonly Goal[], bounds: Bounds): SourceQuota {
  let amount = 0;
  let overlapping = 0;
  for (const g of goals) {
    if (g.startAt === null || g.endAt === null) return quotaUnknown(`HubSpot goal ${g.id} has no start or end date`);
    const duration = g.endAt - g.startAt;
    const overlap = Math.min(g.endAt, bounds.end) - Math.max(g.startAt, bounds.start);
    const share = duration > 0 ? Math.max(0, overlap) / duration : g.startAt >= bounds.start && g.startAt < bounds.end ? 1 : 0;
    if (share === 0) continue;
    if (g.amount === null) return quotaUnknown(`HubSpot goal ${g.id} has no target amount`);
    amount += g.amount * share;
    overlapping++;
  }
  return overlapping === 0 ? NO_QUOTA : quotaAmount(amount);
}
