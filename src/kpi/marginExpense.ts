import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { knownWonAmount, ratioOrMissing, totalsOf, unknownOnWon, unmapped } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/** gross_margin_rate (毛利率, kpi-spec §4): Σ mapped margin / Σ amount over the deals won in P. */
export function grossMarginRate(ctx: KpiContext): KpiValue {
  const id = 'gross_margin_rate';
  const notMapped = unmapped(id, ctx.settings.propertyMapping.grossMargin, 'gross margin (毛利)');
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const unknown = unknownOnWon(id, t.marginUnknown, t, ctx.period, 'gross margin');
  if (unknown) return unknown;
  return ratioOrMissing(id, t.margin, won.value, `nothing was won in ${labelOf(ctx.period)}`);
}

/**
 * expense_ratio (销售费用率, kpi-spec §4, lower is better): Σ mapped expense / won amount. The
 * mapped property is a deal's cost of sale, so it is summed over the same won deals as the
 * revenue: both sides then describe the same sales (costs of lost deals have no revenue to
 * be a ratio of, and portals rarely fill the property on them).
 */
export function expenseRatio(ctx: KpiContext): KpiValue {
  const id = 'expense_ratio';
  const notMapped = unmapped(id, ctx.settings.propertyMapping.expense, 'cost of sale (销售费用)');
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const unknown = unknownOnWon(id, t.expenseUnknown, t, ctx.period, 'expense');
  if (unknown) return unknown;
  return ratioOrMissing(id, t.expense, won.value, `nothing was won in ${labelOf(ctx.period)}`);
}
