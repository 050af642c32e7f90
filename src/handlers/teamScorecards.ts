import type { Period } from '../domain/period';
import { formatPeriod, shiftPeriod } from '../domain/period';
import type { PortalData } from '../domain/portal';
import type { KpiSubject } from '../kpi/kpiContext';
import type { PortalIndex } from '../kpi/portalIndex';
import { portalIndexOf } from '../kpi/portalIndex';
import { readsComparisonPeriod } from '../kpi/kpiReads';
import { readsCustomers } from '../kpi/customerKpis';
import { customerProperties } from '../crm/readCustomers';
import { evaluateScorecard } from '../scorecard/evaluateScorecard';
import type { ScorecardKpi } from '../scorecard/scorecardResult';
import { scorePeriod } from '../scorecard/scorePeriod';
import { roleOf } from '../settings/roleOf';
import type { Role } from '../settings/settingsSchema';
import { needsBackend } from './access/needsBackend';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { TeamMemberRow, TeamScorecardsOutput } from './contracts/teamScorecards';
import { teamScorecardsInputSchema, teamScorecardsOutputSchema } from './contracts/teamScorecards';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { scoredWith } from './scoredWith';
import { periodInput, pickerPeriods } from './periodInput';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { scorecardScope } from './scorecardScope';
import type { StoredKpiInputs } from './storedKpiInputs';
import { storedKpiInputs } from './storedKpiInputs';

/**
 * teamScorecards (kpi-spec §6): every active member of one team side by side for a period —
 * total, grade, the previous period's total for the trend, flags and each KPI's score, exactly
 * as each member's own scorecard shows them — and the team's own line: the team as one subject
 * under the rep template, so it reads in the same columns as its reps. Managers see the teams
 * they manage, directors and admins every team, reps none (the scorecard's rules).
 */
export function teamScorecards(input: unknown, deps: HandlerDeps): Promise<HandlerResult<TeamScorecardsOutput>> {
  return runHandler({ input: teamScorecardsInputSchema, output: teamScorecardsOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, calendar, roster, access, now } = context.value;
    const period = periodInput(request.period, calendar, now);
    if (!period.ok) return { ok: false, error: period.error };
    if (access.claimed) return needsBackend('Team views');
    const visible = await visibleTeamIds(access, roster);
    if (visible.length === 0) return handlerErr('forbidden', 'the team view is for the managers of a team, directors and admins');
    const teamId = request.teamId ?? visible[0] as string;
    const team = roster.teams.find((t) => t.id === teamId);
    if (team === undefined) return handlerErr('not_found', `team ${teamId} is not a team of this portal`);
    if (!visible.includes(teamId)) return handlerErr('forbidden', 'you may see the teams you manage');
    const members = teamMembers(context.value, teamId);
    const [data, stored] = await Promise.all([
      readTeam(deps, context.value, members, teamId, period.value),
      storedKpiInputs(deps, portal.id),
    ]);
    const index = portalIndexOf(data);
    const rows = members.map((m) => memberRow(context.value, data, index, m, period.value, stored));
    const teamLine = teamLineOf(context.value, data, index, { kind: 'team', id: teamId, ownerIds: team.memberOwnerIds, teamIds: [teamId] }, period.value, stored);
    return handlerOk({
      currency: portal.currency,
      period: formatPeriod(period.value),
      periods: pickerPeriods(calendar, now),
      teams: visible.map((id) => ({ id, name: roster.teams.find((t) => t.id === id)?.name ?? `Team ${id}` })),
      team: { id: team.id, name: team.name },
      kpis: kpiColumns(context.value, members),
      members: rows.flatMap((r) => (r === null ? [] : [r])),
      teamLine,
      scoredWith: scoredWith(context.value.settings, roster, calendar, formatPeriod(period.value), [formatPeriod(shiftPeriod(period.value, -1))]),
    });
  });
}

interface Member {
  ownerId: string;
  name: string;
  role: Role;
}

/** Active members, not the team's own managers (they answer for the team line), by name. */
function teamMembers(context: RequestContext, teamId: string): Member[] {
  const { roster, settings } = context;
  const managers = settings.settings.teams.find((t) => t.teamId === teamId)?.managerOwnerIds ?? [];
  const ids = new Set(roster.teams.find((t) => t.id === teamId)?.memberOwnerIds ?? []);
  return roster.owners
    .filter((o) => ids.has(o.id) && o.active && !managers.includes(o.id))
    .map((o) => ({ ownerId: o.id, name: o.name, role: roleOf(o.id, settings.settings) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One read for the whole team: the union of what each member's scorecard reads for the period, the quarter before and the flags' run. */
function readTeam(deps: HandlerDeps, context: RequestContext, members: Member[], teamId: string, period: Period): Promise<PortalData> {
  const { portal, roster, settings, calendar } = context;
  const ownerIds = new Set(roster.teams.find((t) => t.id === teamId)?.memberOwnerIds ?? []);
  const teamIds = new Set([teamId]);
  // The table shows no history beyond the trend arrow: one quarter before, or the flags' run.
  const { promotionAfterQuarters, improvementPlanAfterQuarters } = settings.settings.flags;
  const historyQuarters = Math.max(1, Math.max(promotionAfterQuarters, improvementPlanAfterQuarters) - 1);
  let includeFunnel = false;
  let growth = false;
  let customers = false;
  for (const m of members) {
    const scope = scorecardScope(m.ownerId, m.role, portal, roster, settings.settings);
    scope.ownerIds.forEach((id) => ownerIds.add(id));
    scope.teamIds.forEach((id) => teamIds.add(id));
    includeFunnel ||= scope.includeFunnel;
    growth ||= scope.comparison !== 'none';
    customers ||= scope.customers !== undefined;
  }
  const repKpis = settings.settings.roles.rep.kpis.map((e) => e.kpi);
  includeFunnel ||= repKpis.includes('stage_conversion') || repKpis.includes('lead_to_deal_conversion');
  growth ||= repKpis.some(readsComparisonPeriod);
  customers ||= repKpis.some(readsCustomers);
  return deps.crm.scorecardData({
    ownerIds: [...ownerIds],
    teamIds: [...teamIds],
    period,
    calendar,
    mapping: settings.settings.propertyMapping,
    historyQuarters,
    includeFunnel,
    comparison: growth ? settings.settings.growthComparison : 'none',
    customers: customers ? customerProperties(settings.settings) : undefined,
  });
}

const scoresOf = (kpis: ScorecardKpi[]) => kpis.map((k) => ({ kpi: k.id, status: k.status, actual: k.actual, score: k.score, weight: k.weight, reason: k.reason }));

function memberRow(context: RequestContext, data: PortalData, index: PortalIndex, m: Member, period: Period, stored: StoredKpiInputs): TeamMemberRow | null {
  const card = evaluateScorecard({ data, index, settings: context.settings.settings, ownerId: m.ownerId, role: m.role, period, now: context.now, ...stored, history: 1 });
  if (!card.ok) return null;
  const c = card.value;
  return { ownerId: m.ownerId, name: m.name, role: c.role, flags: c.flags, total: c.total, grade: c.grade, previousTotal: c.history[0]?.total ?? null, scores: scoresOf(c.kpis) };
}

function teamLineOf(context: RequestContext, data: PortalData, index: PortalIndex, subject: KpiSubject, period: Period, stored: StoredKpiInputs): TeamScorecardsOutput['teamLine'] {
  const settings = context.settings.settings;
  const base = { data, index, settings, calendar: context.calendar, now: context.now, subject, ...stored };
  const current = scorePeriod(settings.roles.rep, settings, base, period);
  const previous = scorePeriod(settings.roles.rep, settings, base, shiftPeriod(period, -1));
  return { total: current.total, grade: current.grade, previousTotal: previous.total, scores: scoresOf(current.kpis) };
}

function kpiColumns(context: RequestContext, members: Member[]): string[] {
  const roles = new Set<Role>(['rep', ...members.map((m) => m.role)]);
  const columns: string[] = [];
  for (const role of roles) for (const e of context.settings.settings.roles[role].kpis) if (!columns.includes(e.kpi)) columns.push(e.kpi);
  return columns;
}
