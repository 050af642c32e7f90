import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/** won_revenue (销售额, kpi-spec §4): Σ amount of the deals won in P; 0 when none were won. */
export function wonRevenue(ctx: KpiContext): KpiValue {
  const won = knownWonAmount('won_revenue', totalsOf(ctx), ctx.period);
  return won.ok ? kpiOk('won_revenue', won.value) : won.error;
}

/** avg_deal_size (平均客单价, kpi-spec §4): won amount / won count; no deal won → no average. */
export function avgDealSize(ctx: KpiContext): KpiValue {
  const t = totalsOf(ctx);
  const won = knownWonAmount('avg_deal_size', t, ctx.period);
  if (!won.ok) return won.error;
  return ratioOrMissing('avg_deal_size', won.value, t.wonCount, `no deals won in ${labelOf(ctx.period)}`);
}

/**
 * revenue_per_rep (人均产值, kpi-spec §4): the subject's won amount / its active owners. An owner
 * who left during the period still brought their won deals in, but is not a rep any more, so
 * they count in the numerator only (HubSpot archives owners who leave).
 */
export function revenuePerRep(ctx: KpiContext): KpiValue {
  const won = knownWonAmount('revenue_per_rep', totalsOf(ctx), ctx.period);
  if (!won.ok) return won.error;
  let reps = 0;
  for (const id of new Set(ctx.subject.ownerIds)) if (ctx.index.ownersById.get(id)?.active === true) reps++;
  if (reps === 0) return kpiMissing('revenue_per_rep', 'insufficient_data', 'no active owners in scope');
  return kpiOk('revenue_per_rep', won.value / reps);
}
