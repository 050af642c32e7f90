import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf, unmapped } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';

/**
 * forecast_accuracy (销售预测准确性, kpi-spec §4): 1 − |actual − forecast| / actual, clamped at 0.
 * The forecast is the mapped "forecast amount at period start" summed over the subject's deals
 * with closedate in P (whatever their outcome); a deal with that property empty was not part of
 * the frozen forecast (e.g. created later) and adds nothing. Actual is the won amount in P.
 * While P is still running the actual is incomplete and the accuracy would look worse every
 * day until the close, so it is only judged once P has ended (`now` ≥ end of P); until then
 * the KPI is insufficient_data and the reason gives both numbers so far.
 */
export function forecastAccuracy(ctx: KpiContext): KpiValue {
  const id = 'forecast_accuracy';
  const notMapped = unmapped(id, ctx.settings.propertyMapping.forecastAmount, 'forecast amount frozen at period start');
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const label = labelOf(ctx.period);
  if (t.forecastDeals === 0) return kpiMissing(id, 'insufficient_data', `no deal closing in ${label} has a forecast amount`);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  if (ctx.now < boundsOf(ctx.period, ctx.calendar).end) {
    return kpiMissing(id, 'insufficient_data', `${label} has not ended; judged when it closes (won so far ${won.value}, forecast ${t.forecast})`);
  }
  if (won.value === 0) return kpiMissing(id, 'insufficient_data', `nothing was won in ${label}; accuracy against 0 is undefined`);
  return kpiOk(id, Math.max(0, 1 - Math.abs(won.value - t.forecast) / won.value));
}
