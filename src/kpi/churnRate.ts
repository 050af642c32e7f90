import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import { ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * churn_rate_value (客户流失率, kpi-spec §4, lower is better): the value of existing-business
 * deals lost in P / the value of all existing-business deals closed (won or lost) in P. A
 * closed deal with no deal type, or an existing-business one with no amount, is unknown.
 */
export function churnRateValue(ctx: KpiContext): KpiValue {
  const id = 'churn_rate_value';
  const t = totalsOf(ctx);
  const label = labelOf(ctx.period);
  const untyped = t.wonTypeUnknown + t.lostTypeUnknown;
  if (untyped > 0) return kpiMissing(id, 'insufficient_data', `${untyped} deals closed in ${label} have no deal type (new or existing business)`);
  if (t.existingAmountUnknown > 0) {
    return kpiMissing(id, 'insufficient_data', `${t.existingAmountUnknown} existing-business deals closed in ${label} have no amount`);
  }
  return ratioOrMissing(id, t.existingLostAmount, t.existingClosedAmount, `no existing-business deals were closed in ${label}`);
}
