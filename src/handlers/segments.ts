import { formatPeriod } from '../domain/period';
import type { Deal } from '../domain/portal';
import type { SegmentCutProblem } from '../segments/segmentCut';
import type { SegmentRow, SegmentTable } from '../segments/segmentTable';
import { segmentTable } from '../segments/segmentTable';
import { needsBackend } from './access/needsBackend';
import { viewerRole } from './access/viewerAccess';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { KpiDetailRecord } from './contracts/kpiDetails';
import type { SegmentDetails, SegmentRowDto, SegmentsInput, SegmentsOutput } from './contracts/segments';
import { segmentsInputSchema, segmentsOutputSchema } from './contracts/segments';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { periodInput, pickerPeriods } from './periodInput';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';
import { recordUrl } from './recordUrl';
import { runHandler } from './runHandler';
import { segmentOptionLabels } from './segmentOptionLabels';

/** As kpi-details: enough to check a segment by hand; the largest deals first. */
const MAX_RECORDS = 500;

/**
 * segments (kpi-spec §4 关键细分市场, docs/kpis.md "Segments"): growth and attainment per
 * pipeline, per value of the mapped deal property or of the customers' company property, for the viewer's scope — directors and
 * admins the whole portal, a manager the teams they manage (or one of them), reps nothing —
 * and, when asked, one segment opened onto its formula and deals.
 */
export function segments(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SegmentsOutput>> {
  return runHandler({ input: segmentsInputSchema, output: segmentsOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, calendar, roster, access, now } = context.value;
    const period = periodInput(request.period, calendar, now);
    if (!period.ok) return { ok: false, error: period.error };
    if (access.claimed) return needsBackend('Segments');
    const scope = await scopeOf(context.value, request);
    if (!scope.ok) return scope;
    const [data, optionLabels] = await Promise.all([
      deps.crm.scorecardData({
        ownerIds: scope.value.ownerIds, teamIds: [], period: period.value, calendar, mapping: settings.settings.propertyMapping,
        historyQuarters: 0, includeFunnel: false, comparison: settings.settings.growthComparison,
      }),
      segmentOptionLabels(deps.crm, settings.settings),
    ]);
    const table = segmentTable({ data, settings: settings.settings, calendar, period: period.value, now, ownerIds: scope.value.ownerIds, optionLabels });
    const head = {
      currency: portal.currency,
      period: formatPeriod(period.value),
      periods: pickerPeriods(calendar, now),
      by: settings.settings.segments.by,
      teams: scope.value.visible.map((id) => ({ id, name: roster.teams.find((t) => t.id === id)?.name ?? `Team ${id}` })),
      team: scope.value.team,
    };
    if (!table.ok) return withoutTable(table.error, head, settings.settings.segments.companyProperty);
    const details = request.open === undefined ? null : detailsOf(table.value, request.open, data.owners, portal.id);
    if (details === undefined) return handlerErr('not_found', 'there is no such segment in this period', [{ field: 'open', message: 'unknown segment' }]);
    return handlerOk({
      ...head,
      comparisonPeriod: table.value.comparisonLabel,
      property: table.value.property,
      uncomputable: null,
      rows: table.value.rows.map(rowDto),
      total: rowDto(table.value.total),
      details,
    });
  });
}

type Head = Pick<SegmentsOutput, 'currency' | 'period' | 'periods' | 'by' | 'teams' | 'team'>;

/**
 * Settings that name no property are the admin's to fix (field errors); companies, or their
 * property, not read make the segments unknown: said so, with no rows rather than zeros.
 */
function withoutTable(problem: SegmentCutProblem, head: Head, companyProperty: string | null): HandlerResult<SegmentsOutput> {
  if (problem.reason === 'segment_property_unmapped') return handlerErr('invalid', problem.message, [{ field: 'propertyMapping.segment', message: 'not mapped' }]);
  if (problem.reason === 'segment_company_property_missing') return handlerErr('invalid', problem.message, [{ field: 'segments.companyProperty', message: 'not named' }]);
  return handlerOk({ ...head, comparisonPeriod: '', property: companyProperty, uncomputable: { reason: problem.reason, message: problem.message }, rows: [], total: null, details: null });
}

interface Scope {
  ownerIds: string[];
  visible: string[];
  team: { id: string; name: string } | null;
}

async function scopeOf(context: RequestContext, request: SegmentsInput): Promise<{ ok: true; value: Scope } | ReturnType<typeof handlerErr>> {
  const { roster, access } = context;
  const visible = await visibleTeamIds(access, roster);
  if (visible.length === 0) return handlerErr('forbidden', 'segments are for the managers of a team, directors and admins');
  const membersOf = (ids: string[]) => [...new Set(roster.teams.filter((t) => ids.includes(t.id)).flatMap((t) => t.memberOwnerIds))];
  if (request.teamId !== undefined) {
    const team = roster.teams.find((t) => t.id === request.teamId);
    if (team === undefined) return handlerErr('not_found', `team ${request.teamId} is not a team of this portal`);
    if (!visible.includes(team.id)) return handlerErr('forbidden', 'you may see the teams you manage');
    return { ok: true, value: { ownerIds: team.memberOwnerIds, visible, team: { id: team.id, name: team.name } } };
  }
  const role = await viewerRole(access);
  const everyone = role === 'director' || role === 'admin' || role === 'system';
  return { ok: true, value: { ownerIds: everyone ? roster.owners.map((o) => o.id) : membersOf(visible), visible, team: null } };
}

const figure = (v: SegmentRow['growth']) => ({ status: v.status, actual: v.actual, reason: v.reason });

/** A row as the route and `kpi segments --json` give it. */
export function rowDto(r: SegmentRow): SegmentRowDto {
  return {
    key: r.key, label: r.label, won: r.won.wonAmount, wonCount: r.won.wonCount, wonAmountUnknown: r.won.wonAmountUnknown,
    comparisonWon: r.comparison.wonAmount, comparisonCount: r.comparison.wonCount, target: r.target,
    growth: figure(r.growth), attainment: figure(r.attainment),
  };
}

/** The opened segment (undefined: no such segment): formulas with their inputs and the deals behind them. */
function detailsOf(table: SegmentTable, open: NonNullable<SegmentsInput['open']>, owners: { id: string; name: string }[], portalId: number): SegmentDetails | null | undefined {
  const total = open === 'total';
  const row = total ? table.total : table.rows.find((r) => r.key === open.key);
  if (row === undefined) return undefined;
  const names = new Map(owners.map((o) => [o.id, o.name]));
  const record = (source: 'period' | 'comparison') => (d: Deal): KpiDetailRecord => ({
    type: 'deal', id: d.id, name: d.name, ownerName: d.ownerId === null ? null : (names.get(d.ownerId) ?? null), amount: d.amount,
    at: d.closedAt === null ? null : new Date(d.closedAt).toISOString(), outcome: d.outcome, source, url: recordUrl(portalId, '0-3', d.id),
  });
  const largest = (a: Deal, b: Deal) => (b.amount ?? -1) - (a.amount ?? -1) || a.id.localeCompare(b.id);
  const records = [...[...row.won.deals].sort(largest).map(record('period')), ...[...row.comparison.deals].sort(largest).map(record('comparison'))];
  return {
    key: row.key,
    total,
    growth: { operator: 'growth', inputs: [{ name: 'won', value: row.won.wonAmount }, { name: 'won_before', value: row.comparison.wonAmount }] },
    attainment: { operator: 'divide', inputs: [{ name: 'won', value: row.won.wonAmount }, { name: 'target', value: row.target }] },
    records: records.slice(0, MAX_RECORDS),
    truncated: records.length > MAX_RECORDS,
  };
}
