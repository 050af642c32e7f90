import type { CrmObject } from '../../domain/snapshot';
import type { Calendar } from '../../domain/period';
import type { RepProfile } from './demoRepProfiles';
import { formatPeriod, periodBounds, periodContaining, shiftPeriod } from '../../domain/period';
import { creationShare } from './demoCreationTimes';
import { plannedWonPerDeal } from './demoDealModel';
import { HISTORY_MS, iso } from './demoTime';

const GOAL_ID_BASE = 600_000_000;
/** hs_group_correlation_uuid of the demo's one goal family: the revenue quota, for reps and teams. */
export const DEMO_REVENUE_GOAL_GROUP = '5f0c2d4e-8a1b-4c3d-9e7f-0a1b2c3d4e5f';
const QUOTA_STEP = 10_000;

/**
 * goal_targets: one revenue quota per rep per quarter, from the quarter two years back to the
 * one in progress, plus a team goal (hs_assignee_team_id) that is the sum of its reps'
 * quotas, so a manager's team target does not depend on the manager having a quota of their
 * own. A quota is what the rep's deal flow would win at the planned (healthy) conversion,
 * times the rep's stretch factor, so the leaky team misses its numbers. The end is the last
 * millisecond of the quarter, as HubSpot stores a goal's end date.
 */
export function demoGoals(reps: readonly RepProfile[], dealCount: number, asOf: number, calendar: Calendar): CrmObject[] {
  const start = asOf - HISTORY_MS;
  const totalVolume = reps.reduce((sum, r) => sum + r.volume, 0);
  const perDeal = plannedWonPerDeal();
  const goals: CrmObject[] = [];
  for (let q = periodContaining('quarter', start, calendar); periodBounds(q, calendar).start <= asOf; q = shiftPeriod(q, 1)) {
    const bounds = periodBounds(q, calendar);
    const share = creationShare((bounds.end - start) / HISTORY_MS) - creationShare((bounds.start - start) / HISTORY_MS);
    const teamTotals = new Map<string, number>();
    const goal = (name: string, amount: number, assignee: Record<string, string>): CrmObject => ({
      id: String(GOAL_ID_BASE + goals.length),
      properties: {
        hs_goal_name: `${formatPeriod(q)} ${name}`,
        hs_group_correlation_uuid: DEMO_REVENUE_GOAL_GROUP,
        hs_target_amount: String(amount),
        hs_start_datetime: iso(bounds.start),
        hs_end_datetime: iso(bounds.end - 1),
        ...assignee,
      },
      createdAt: iso(bounds.start),
      updatedAt: iso(bounds.start),
      archived: false,
    });
    for (const rep of reps) {
      const planned = dealCount * share * (rep.volume / totalVolume) * perDeal * rep.quotaFactor;
      const amount = Math.max(QUOTA_STEP, Math.round(planned / QUOTA_STEP) * QUOTA_STEP);
      teamTotals.set(rep.teamId, (teamTotals.get(rep.teamId) ?? 0) + amount);
      goals.push(goal('revenue quota 销售额目标', amount, { hs_assignee_user_id: String(rep.userId) }));
    }
    for (const [teamId, amount] of teamTotals) goals.push(goal('team revenue 团队目标', amount, { hs_assignee_team_id: teamId }));
  }
  return goals;
}
