import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * sales_cycle_days (销售周期, kpi-spec §4, lower is better): mean days from createdate to
 * closedate of the deals won in P. A deal without a createdate is left out of the mean (it
 * would not move the mean towards 0, only thin the sample); a deal closed before it was
 * created (an import) counts as 0 days.
 */
export function salesCycleDays(ctx: KpiContext): KpiValue {
  const t = totalsOf(ctx);
  return ratioOrMissing('sales_cycle_days', t.cycleDays, t.cycleDeals, `no deals with a create date were won in ${labelOf(ctx.period)}`);
}
