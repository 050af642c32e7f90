import type { PortalData } from '../domain/portal';
import { kpiIdSchema } from '../kpi/catalog';
import { explainKpi, type KpiExplanation } from '../kpi/explainKpi';
import { portalIndexOf } from '../kpi/portalIndex';
import { evaluateScorecard } from '../scorecard/evaluateScorecard';
import { roleOf } from '../settings/roleOf';
import { canSeeOwner } from './access/canSeeOwner';
import type { KpiDetailRecord, KpiDetailsOutput } from './contracts/kpiDetails';
import { kpiDetailsInputSchema, kpiDetailsOutputSchema } from './contracts/kpiDetails';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { periodInput } from './periodInput';
import { recordUrl } from './recordUrl';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { storedKpiInputs } from './storedKpiInputs';
import { scorecardScope } from './scorecardScope';

/** Enough rows to check a rep's quarter by hand; a director's department lists the largest. */
const MAX_RECORDS = 500;

/**
 * kpiDetails (kpi-spec §4): one KPI of an owner's scorecard opened up — the row as the
 * scorecard shows it (the engine's own numbers), the formula with its inputs filled in, and
 * the records behind them with links to HubSpot. The same access rule as the scorecard.
 */
export function kpiDetails(input: unknown, deps: HandlerDeps): Promise<HandlerResult<KpiDetailsOutput>> {
  return runHandler({ input: kpiDetailsInputSchema, output: kpiDetailsOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, calendar, roster, access, now } = context.value;
    const period = periodInput(request.period, calendar, now);
    if (!period.ok) return { ok: false, error: period.error };
    const kpi = kpiIdSchema.safeParse(request.kpi);
    if (!kpi.success) return handlerErr('invalid', `${request.kpi} is not a KPI`, [{ field: 'kpi', message: 'unknown KPI' }]);
    const ownerId = request.ownerId ?? access.owner?.id;
    if (ownerId === undefined) return handlerErr('invalid', 'you have no owner record: choose whose KPI to open', [{ field: 'ownerId', message: 'required' }]);
    const owner = roster.owners.find((o) => o.id === ownerId);
    if (owner === undefined) return handlerErr('not_found', `owner ${ownerId} is not an owner of this portal`);
    if (!(await canSeeOwner(access, ownerId, roster))) return handlerErr('forbidden', 'you may see your own scorecard and those of the teams you manage');
    const role = roleOf(ownerId, settings.settings);
    const scope = scorecardScope(ownerId, role, portal, roster, settings.settings);
    const [data, stored] = await Promise.all([
      deps.crm.scorecardData({ ...scope, period: period.value, calendar, mapping: settings.settings.propertyMapping, historyQuarters: 0 }),
      storedKpiInputs(deps, portal.id),
    ]);
    const index = portalIndexOf(data);
    const card = evaluateScorecard({ data, index, settings: settings.settings, ownerId, role, period: period.value, now, ...stored, history: 0 });
    if (!card.ok) return handlerErr('not_found', card.error);
    const row = card.value.kpis.find((k) => k.id === kpi.data);
    if (row === undefined) return handlerErr('not_found', `${owner.name}'s ${role} scorecard has no ${kpi.data}`, [{ field: 'kpi', message: 'not on this scorecard' }]);
    const explanation = explainKpi(kpi.data, { data, index, settings: settings.settings, calendar, period: period.value, now, subject: scope.subject, ...stored }, row.actual, MAX_RECORDS);
    const records = recordsOf(explanation, data, portal.id);
    const total = records.length + (explanation.dealCount === undefined ? 0 : explanation.dealCount - explanation.deals.length);
    return handlerOk({
      currency: portal.currency,
      owner: { id: owner.id, name: owner.name },
      period: card.value.period,
      kpi: row.id,
      status: row.status,
      actual: row.actual,
      target: row.target,
      score: row.score,
      weight: row.weight,
      reason: row.reason,
      forecast: row.forecast,
      formula: { operator: explanation.operator, inputs: explanation.inputs },
      recordSet: explanation.recordSet,
      ...(explanation.pairs.length === 0 ? {} : { pairs: explanation.pairs }),
      records: records.slice(0, MAX_RECORDS),
      truncated: total > MAX_RECORDS,
    });
  });
}

function recordsOf(e: KpiExplanation, data: PortalData, portalId: number): KpiDetailRecord[] {
  const names = new Map(data.owners.map((o) => [o.id, o.name]));
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
  const won = (deals: readonly { amount: number | null }[]) => (deals.some((d) => d.amount === null) ? null : deals.reduce((sum, d) => sum + (d.amount ?? 0), 0));
  return [
    ...e.deals.map(({ deal: d, input, days, pair }) => ({
      type: 'deal' as const, id: d.id, name: d.name, ownerName: nameOf(d.ownerId), amount: d.amount, at: iso(d.closedAt), outcome: d.outcome, source: null,
      url: recordUrl(portalId, '0-3', d.id), mark: null, input, forecastAmount: d.forecastAmount,
      ...(days === undefined ? {} : { days }),
      ...(pair === undefined ? {} : { pair }),
    })),
    ...e.meetings.map((m) => ({ type: 'meeting' as const, id: m.id, name: null, ownerName: nameOf(m.ownerId), amount: null, at: iso(m.at), outcome: null, source: null, url: recordUrl(portalId, '0-47', m.id), mark: null })),
    ...e.scores.map((s) => ({ type: 'score' as const, id: `${s.ownerId}|${s.key}|${s.period}|${s.source ?? ''}`, name: s.key, ownerName: nameOf(s.ownerId), amount: s.score, at: null, outcome: null, source: s.source ?? null, url: null, mark: null })),
    ...(e.customers ?? [])
      .map((c) => ({ type: 'company' as const, id: c.companyId, name: c.company?.name ?? null, ownerName: nameOf(c.company?.ownerId ?? null), amount: won(c.deals), at: iso(c.firstPurchaseAt), outcome: null, source: null, url: recordUrl(portalId, '0-2', c.companyId), mark: c.mark }))
      .sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.id.localeCompare(b.id)),
    ...(e.lineItems ?? [])
      .map((l) => ({ type: 'line_item' as const, id: l.item.id, name: l.item.name, ownerName: nameOf(l.deal.ownerId), amount: l.item.amount, at: iso(l.deal.closedAt), outcome: 'won' as const, source: null, url: recordUrl(portalId, '0-3', l.deal.id), mark: l.mark }))
      .sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.id.localeCompare(b.id)),
  ];
}
