import type { FrozenForecast } from '../domain/frozenForecast';
import type { Calendar, Period } from '../domain/period';
import { formatPeriod, periodContaining } from '../domain/period';
import type { ManualScore, PortalData, Team } from '../domain/portal';
import { computeKpi } from '../kpi/computeKpi';
import type { KpiContext } from '../kpi/kpiContext';
import { boundsOf } from '../kpi/kpiPeriod';
import type { KpiValue } from '../kpi/kpiValue';
import type { PortalIndex } from '../kpi/portalIndex';
import { evaluateScorecard } from '../scorecard/evaluateScorecard';
import { roleOf } from '../settings/roleOf';
import type { Settings } from '../settings/settingsSchema';
import type { MonthlySummary } from './digestSchema';
import { createdIn, wonIn } from './weekFlow';

export interface MonthlySummaryInput {
  /** The team's deals over the month and the quarters its flags look back on. */
  data: PortalData;
  index: PortalIndex;
  settings: Settings;
  calendar: Calendar;
  month: Period;
  now: number;
  team: Team;
  manualScores: ManualScore[] | null;
  frozenForecasts: FrozenForecast[] | null;
}

const figure = (v: KpiValue) => ({ status: v.status, actual: v.actual, reason: v.reason });

/**
 * The monthly performance summary for one team (每月业绩总结, docs/kpis.md "Digests"): the
 * month's won and created pipeline, team attainment, and each active member (not the team's
 * managers, who answer for the team) with won, attainment, total and grade for the month, and
 * the flags of the quarter the month falls in, exactly as their scorecards show them.
 */
export function monthlySummary(input: MonthlySummaryInput): MonthlySummary {
  const { data, index, settings, calendar, month, now, team, manualScores, frozenForecasts } = input;
  const bounds = boundsOf(month, calendar);
  const managers = settings.teams.find((t) => t.teamId === team.id)?.managerOwnerIds ?? [];
  const memberIds = new Set(team.memberOwnerIds);
  const deals = data.deals.filter((d) => d.ownerId !== null && memberIds.has(d.ownerId));
  const base: Omit<KpiContext, 'subject'> = { data, index, settings, calendar, period: month, now, manualScores, frozenForecasts };
  const quarter = periodContaining('quarter', bounds.start, calendar);
  const members = data.owners
    .filter((o) => memberIds.has(o.id) && o.active && !managers.includes(o.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => {
      const role = roleOf(o.id, settings);
      const card = evaluateScorecard({ data, index, settings, ownerId: o.id, role, period: month, now, manualScores, frozenForecasts, history: 0 });
      const flags = evaluateScorecard({ data, index, settings, ownerId: o.id, role, period: quarter, now, manualScores, frozenForecasts, history: 0 });
      const subject = { kind: 'owner' as const, id: o.id, ownerIds: [o.id], teamIds: [] };
      return {
        ownerId: o.id,
        name: o.name,
        won: wonIn(deals.filter((d) => d.ownerId === o.id), bounds).amount,
        attainment: figure(computeKpi('revenue_attainment', { ...base, subject })),
        total: card.ok ? card.value.total : null,
        grade: card.ok ? card.value.grade : null,
        flags: flags.ok ? flags.value.flags : [],
      };
    });
  return {
    kind: 'monthly',
    month: formatPeriod(month),
    team: { id: team.id, name: team.name },
    won: wonIn(deals, bounds),
    created: createdIn(deals, bounds),
    attainment: figure(computeKpi('team_attainment', { ...base, subject: { kind: 'team', id: team.id, ownerIds: team.memberOwnerIds, teamIds: [team.id] } })),
    members,
  };
}
