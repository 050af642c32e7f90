import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { customerWins } from './customerWins';
import { firstPurchases } from './customerHistory';
import { ratioOrMissing } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';

/**
 * repeat_purchase_rate (复购率, kpi-spec §4): of the subject's customers of P, the share that
 * had won a deal before P: 1 − new_customers / customers of P.
 */
export function repeatPurchaseRate(ctx: KpiContext): KpiValue {
  const id = 'repeat_purchase_rate';
  const first = firstPurchases(id, customerWins(ctx), ctx);
  if (!first.ok) return first.error;
  const { start } = boundsOf(ctx.period, ctx.calendar);
  const repeat = [...first.value.values()].filter((at) => at < start).length;
  return ratioOrMissing(id, repeat, first.value.size, `no customer bought in ${labelOf(ctx.period)}`);
}
