import { previousPeriod, samePeriodLastYear } from '../domain/period';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * growth_rate (销售增长率, kpi-spec §4): (won in P − won in the comparison period) / won in the
 * comparison period; the comparison is the same period last year or the previous period
 * (settings.growthComparison). Growth from nothing is undefined, not infinite.
 */
export function growthRate(ctx: KpiContext): KpiValue {
  const id = 'growth_rate';
  const comparison = ctx.settings.growthComparison === 'previous_period' ? previousPeriod(ctx.period) : samePeriodLastYear(ctx.period);
  const now = knownWonAmount(id, totalsOf(ctx), ctx.period);
  if (!now.ok) return now.error;
  const before = knownWonAmount(id, totalsOf(ctx, comparison), comparison);
  if (!before.ok) return before.error;
  if (before.value === 0) return kpiMissing(id, 'insufficient_data', `nothing was won in ${labelOf(comparison)} to compare with`);
  return kpiOk(id, (now.value - before.value) / before.value);
}
