import type { Period } from '../domain/period';
import { formatPeriod } from '../domain/period';
import type { KpiContext, KpiSubject } from './kpiContext';
import type { SourceQuota } from './quotaSource';
import { NO_QUOTA, quotaUnknown } from './quotaSource';
import { revenueGoals } from './revenueGoals';
import { settingsQuota } from './settingsQuota';
import { goalQuota, goalsByHolder } from './goalQuota';
import { boundsOf } from './kpiPeriod';

/**
 * A subject's target for a period and where it came from. `mixed`: a team or department
 * target assembled from settings quotas for some members and HubSpot goals for others.
 */
export interface QuotaResult {
  amount: number | null;
  source: 'settings' | 'goals' | 'mixed' | null;
  /** Why there is no target; null when there is one. */
  reason: string | null;
}

export type QuotaContext = Pick<KpiContext, 'data' | 'index' | 'settings' | 'calendar'>;

type Sourced = SourceQuota & { source?: 'settings' | 'goals' };

/** Settings first (the admin's word), else the HubSpot goals assigned to the owner's user. */
function ownerQuota(ownerId: string, period: Period, ctx: QuotaContext): Sourced {
  const fromSettings = settingsQuota(ctx.settings.quotas, { ownerId }, period, ctx.calendar);
  if (fromSettings.status !== 'none') return { ...fromSettings, source: 'settings' };
  const owner = ctx.index.ownersById.get(ownerId);
  if (ctx.data.goals === null || owner === undefined || owner.userId === null) return NO_QUOTA;
  const revenue = revenueGoals(ctx.data.goals, ctx.settings);
  if (!revenue.ok) return quotaUnknown(revenue.error);
  const goals = goalsByHolder(revenue.value).byUser.get(owner.userId) ?? [];
  return { ...goalQuota(goals, boundsOf(period, ctx.calendar)), source: 'goals' };
}

function teamQuota(teamId: string, period: Period, ctx: QuotaContext): Sourced {
  const fromSettings = settingsQuota(ctx.settings.quotas, { teamId }, period, ctx.calendar);
  if (fromSettings.status !== 'none') return { ...fromSettings, source: 'settings' };
  if (ctx.data.goals === null) return NO_QUOTA;
  const revenue = revenueGoals(ctx.data.goals, ctx.settings);
  if (!revenue.ok) return quotaUnknown(revenue.error);
  const goals = goalsByHolder(revenue.value).byTeam.get(teamId) ?? [];
  return { ...goalQuota(goals, boundsOf(period, ctx.calendar)), source: 'goals' };
}

const nameOf = (ownerId: string, ctx: QuotaContext): string => ctx.index.ownersById.get(ownerId)?.name ?? `owner ${ownerId}`;

function noTargetReason(names: string[], period: Period, ctx: QuotaContext): string {
  const goals = ctx.data.goals === null ? 'HubSpot goals were not read' : 'no HubSpot goal covers it';
  const who = names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
  return `no target for ${who} in ${formatPeriod(period)}: the settings set none and ${goals}`;
}

const missing = (reason: string): QuotaResult => ({ amount: null, source: null, reason });

/**
 * The target of a subject in a period (kpi-spec §2 "Target (quota)", §4 team_attainment).
 * An owner: their settings quota, else their HubSpot goals. A team or department: the team
 * target of each team in scope that has one (settings, else a team goal), plus the owner's own
 * target for every owner in scope not covered by such a team — so a team without a team target
 * is the sum of its members' targets. If any owner who counts has no target the whole target is
 * unknown (a partial sum would overstate attainment); set a team quota to cover them.
 */
export function quotaFor(subject: KpiSubject, period: Period, ctx: QuotaContext): QuotaResult {
  const parts: Sourced[] = [];
  const covered = new Set<string>();
  if (subject.kind !== 'owner') {
    for (const teamId of subject.teamIds) {
      const q = teamQuota(teamId, period, ctx);
      if (q.status === 'unknown') return missing(q.reason);
      if (q.status === 'none') continue;
      parts.push(q);
      for (const id of ctx.index.teamsById.get(teamId)?.memberOwnerIds ?? []) covered.add(id);
    }
  }
  const ownerIds = subject.kind === 'owner' && subject.id !== null ? [subject.id] : subject.ownerIds;
  const without: string[] = [];
  for (const ownerId of new Set(ownerIds)) {
    if (covered.has(ownerId)) continue;
    const q = ownerQuota(ownerId, period, ctx);
    if (q.status === 'unknown') return missing(`${nameOf(ownerId, ctx)}: ${q.reason}`);
    if (q.status === 'none') without.push(nameOf(ownerId, ctx));
    else parts.push(q);
  }
  if (without.length > 0) return missing(noTargetReason(without, period, ctx));
  if (parts.length === 0) return missing(`no owners or teams in scope have a target for ${formatPeriod(period)}`);
  const sources = new Set(parts.map((p) => p.source));
  const amount = parts.reduce((sum, p) => sum + (p.status === 'amount' ? p.amount : 0), 0);
  return { amount, source: sources.size > 1 ? 'mixed' : (sources.values().next().value ?? null), reason: null };
}
