import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { mappedShareOfWon } from './mappedShareOfWon';

/** gross_margin_rate (毛利率, kpi-spec §4): Σ mapped margin / Σ amount over the deals won in P. */
export function grossMarginRate(ctx: KpiContext): KpiValue {
  return mappedShareOfWon(ctx, {
    id: 'gross_margin_rate',
    property: ctx.settings.propertyMapping.grossMargin,
    mappingLabel: 'gross margin (毛利)',
    valueLabel: 'gross margin',
    total: 'margin',
  });
}

/**
 * expense_ratio (销售费用率, kpi-spec §4, lower is better): Σ mapped expense / won amount. The
 * mapped property is a deal's cost of sale, so it is summed over the same won deals as the
 * revenue: both sides then describe the same sales (costs of lost deals have no revenue to
 * be a ratio of, and portals rarely fill the property on them).
 */
export function expenseRatio(ctx: KpiContext): KpiValue {
  return mappedShareOfWon(ctx, {
    id: 'expense_ratio',
    property: ctx.settings.propertyMapping.expense,
    mappingLabel: 'cost of sale (销售费用)',
    valueLabel: 'expense',
    total: 'expense',
  });
}
