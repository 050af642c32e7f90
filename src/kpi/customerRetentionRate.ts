import { previousPeriod, samePeriodLastYear } from '../domain/period';
import type { Period } from '../domain/period';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { customerWins } from './customerWins';
import { customerGaps } from './customerGaps';
import { ratioOrMissing } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/** growth_rate's comparison period (settings.growthComparison), which retention compares with too. */
export function comparisonPeriod(ctx: KpiContext): Period {
  return ctx.settings.growthComparison === 'previous_period' ? previousPeriod(ctx.period) : samePeriodLastYear(ctx.period);
}

/**
 * customer_retention_rate (客户保有率, kpi-spec §4): of the subject's customers in the
 * comparison period, the share the subject won a deal with again in P. While P runs the rate
 * can only rise: a customer who has not bought yet may still.
 */
export function customerRetentionRate(ctx: KpiContext): KpiValue {
  const id = 'customer_retention_rate';
  const comparison = comparisonPeriod(ctx);
  const before = customerWins(ctx, comparison);
  const now = customerWins(ctx);
  const gap = customerGaps(id, before, ctx, comparison) ?? customerGaps(id, now, ctx);
  if (gap) return gap;
  const kept = [...before.customers.keys()].filter((c) => now.customers.has(c)).length;
  return ratioOrMissing(id, kept, before.customers.size, `no customer bought in ${labelOf(comparison)} to compare with`);
}
