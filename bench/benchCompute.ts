import type { Period } from '../src/domain/period';
import type { PortalData } from '../src/domain/portal';
import type { PortalIndex } from '../src/kpi/portalIndex';
import type { Settings } from '../src/settings/settingsSchema';
import type { FunnelGroup } from '../src/funnel/funnelAlerts';
import { periodBounds } from '../src/domain/period';
import { calendarOf } from '../src/kpi/kpiContext';
import { funnelAlerts } from '../src/funnel/funnelAlerts';
import { evaluateScorecard } from '../src/scorecard/evaluateScorecard';
import { dealColumns } from '../src/kpi/dealColumns';
import { explainKpi } from '../src/kpi/explainKpi';
import type { Bounds } from '../src/domain/period';
import type { Deal } from '../src/domain/portal';

export interface ComputeCounts {
  /** Group funnels computed: pipelines × (teams + owners). */
  funnels: number;
  alerts: number;
  scorecards: number;
  /** Scorecards with a total (a sanity check that the work was real). */
  graded: number;
}

/**
 * The deals that can be in a cohort of the period: entered(d, s) is always one of the deal's
 * own stage-entry times (kpi-spec §5), so a deal with none inside the period is in no cohort
 * of it. Uses the per-deal entry range the KPI layer keeps on the index (built once).
 */
export function dealsEnteringIn(data: PortalData, index: PortalIndex, bounds: Bounds): Deal[] {
  const { entryMin, entryMax } = dealColumns(data, index);
  const deals: Deal[] = [];
  for (let i = 0; i < data.deals.length; i++) {
    if ((entryMax[i] as number) >= bounds.start && (entryMin[i] as number) < bounds.end) deals.push(data.deals[i] as Deal);
  }
  return deals;
}

/**
 * The bench's "compute" (issue: funnel for every pipeline × every team and every owner, and
 * every owner's scorecard in their role for the period, with history), on one shared index,
 * as the funnel-health page and the scorecards of a whole portal would need it.
 */
export function computeAll(data: PortalData, index: PortalIndex, settings: Settings, period: Period, now: number): ComputeCounts {
  const bounds = periodBounds(period, calendarOf(settings, data));
  const groups: FunnelGroup[] = [
    ...data.teams.map((t): FunnelGroup => ({ kind: 'team', id: t.id, ownerIds: t.memberOwnerIds })),
    ...data.owners.map((o): FunnelGroup => ({ kind: 'owner', id: o.id, ownerIds: [o.id] })),
  ];
  const counts: ComputeCounts = { funnels: 0, alerts: 0, scorecards: 0, graded: 0 };
  const deals = dealsEnteringIn(data, index, bounds);
  for (const pipeline of data.pipelines) {
    const result = funnelAlerts({ pipeline, deals, bounds, now, funnel: settings.funnel, groups });
    counts.funnels += result.groups.length;
    counts.alerts += result.alerts.length;
  }
  for (const owner of data.owners) {
    const card = evaluateScorecard({ data, index, settings, ownerId: owner.id, period, now, manualScores: null, frozenForecasts: null });
    counts.scorecards += 1;
    if (card.ok && card.value.total !== null) counts.graded += 1;
  }
  return counts;
}

/**
 * The director's drill-down: every KPI of the whole portal's director scorecard explained with
 * its records (kpi-details, at most 500 listed), the heaviest "how this was calculated" a
 * portal can ask for. Returns the records listed, a check that the work was real.
 */
export function explainDirector(data: PortalData, index: PortalIndex, settings: Settings, period: Period, now: number): number {
  const ctx = { data, index, settings, calendar: calendarOf(settings, data), period, now, manualScores: null, frozenForecasts: null };
  const subject = { kind: 'portal' as const, id: null, ownerIds: data.owners.map((o) => o.id), teamIds: data.teams.map((t) => t.id) };
  let listed = 0;
  for (const id of [...settings.roles.director.kpis.map((k) => k.kpi), 'stage_conversion' as const]) {
    listed += Math.min(500, explainKpi(id, { ...ctx, subject }, null, 500).deals.length);
  }
  return listed;
}
