import { storedKpiInputs } from './storedKpiInputs';
import type { Period } from '../domain/period';
import { periodContaining, shiftPeriod } from '../domain/period';
import type { Team } from '../domain/portal';
import type { MonthlySummary, WeeklyDigest } from '../digests/digestSchema';
import { monthlySummary } from '../digests/monthlySummary';
import type { ReportWeek } from '../digests/reportWeek';
import { lastWholeWeek } from '../digests/reportWeek';
import { weeklyDigest } from '../digests/weeklyDigest';
import { boundsOf } from '../kpi/kpiPeriod';
import { portalIndexOf } from '../kpi/portalIndex';
import type { HandlerDeps } from './handlerDeps';
import type { RequestContext } from './requestContext';

/** The week and month the reports are about at `now`: the last whole ones in the portal's calendar. */
export function reportPeriods(context: RequestContext): { week: ReportWeek; month: Period } {
  return { week: lastWholeWeek(context.now, context.calendar.timeZone), month: shiftPeriod(periodContaining('month', context.now, context.calendar), -1) };
}

/**
 * One manager's weekly digest: the teams' deals of the quarter holding the week and the one
 * before (conversion looks back 13 weeks; stalled lines come from the deals won in it), and the
 * scores entered.
 */
export async function readWeeklyDigest(deps: HandlerDeps, context: RequestContext, manager: { ownerId: string; name: string }, teams: Team[], week: ReportWeek): Promise<WeeklyDigest> {
  const { portal, settings, calendar } = context;
  const quarter = periodContaining('quarter', week.bounds.start, calendar);
  const [data, scores] = await Promise.all([
    deps.crm.scorecardData({
      ownerIds: [...new Set(teams.flatMap((t) => t.memberOwnerIds))], teamIds: teams.map((t) => t.id), period: quarter, calendar,
      mapping: settings.settings.propertyMapping, historyQuarters: 1, includeFunnel: true, comparison: 'none',
    }),
    deps.manualScores === null ? Promise.resolve([]) : deps.manualScores.history(portal.id),
  ]);
  return weeklyDigest({ data, settings: settings.settings, timeZone: calendar.timeZone, week, manager, teams, scores });
}

/** One team's monthly summary: the quarter holding the month, and the quarters its members' flags look back on. */
export async function readMonthlySummary(deps: HandlerDeps, context: RequestContext, team: Team, month: Period): Promise<MonthlySummary> {
  const { portal, settings, calendar, now } = context;
  const quarter = periodContaining('quarter', boundsOf(month, calendar).start, calendar);
  const { promotionAfterQuarters, improvementPlanAfterQuarters } = settings.settings.flags;
  const [data, stored] = await Promise.all([
    deps.crm.scorecardData({
      ownerIds: team.memberOwnerIds, teamIds: [team.id], period: quarter, calendar, mapping: settings.settings.propertyMapping,
      historyQuarters: Math.max(promotionAfterQuarters, improvementPlanAfterQuarters) - 1, includeFunnel: true, comparison: settings.settings.growthComparison,
    }),
    storedKpiInputs(deps, portal.id),
  ]);
  return monthlySummary({ data, index: portalIndexOf(data), settings: settings.settings, calendar, month, now, team, ...stored });
}
