import { err, ok, type Result } from '../domain/result';
import { frozenForecastFor } from './frozenForecastFor';
import type { KpiContext } from './kpiContext';
import type { ForecastBasis } from '../domain/frozenForecast';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf, unmapped } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';

const ID = 'forecast_accuracy';

/**
 * forecast_accuracy (销售预测准确性, kpi-spec §4; docs/kpis.md "Forecast accuracy"):
 * 1 − |actual − forecast| / actual, clamped at 0, where the forecast is the one frozen for the
 * subject at the start of P (by the backend's schedule, the scan, or an admin) and actual is
 * the won amount in P. A forecast taken later would already know part of the outcome, so
 * only a frozen one counts; with the mapped-property source the per-deal property is itself
 * the forecast at period start and is summed when nothing was frozen. While P is running the
 * actual is incomplete and the accuracy would look worse every day until the close, so it is
 * judged once P has ended; until then the KPI is insufficient_data and says both numbers.
 */
export function forecastAccuracy(ctx: KpiContext): KpiValue {
  const basis = forecastBasis(ctx);
  if (!basis.ok) return basis.error;
  const forecast = basis.value;
  const label = labelOf(ctx.period);
  const won = knownWonAmount(ID, totalsOf(ctx), ctx.period);
  if (!won.ok) return { ...won.error, forecast };
  if (ctx.now < boundsOf(ctx.period, ctx.calendar).end) {
    return { ...kpiMissing(ID, 'insufficient_data', `${label} has not ended; judged when it closes (won so far ${won.value}, forecast ${forecast.amount})`), forecast };
  }
  if (won.value === 0) return { ...kpiMissing(ID, 'insufficient_data', `nothing was won in ${label}; accuracy against 0 is undefined`), forecast };
  return { ...kpiOk(ID, Math.max(0, 1 - Math.abs(won.value - forecast.amount) / won.value)), forecast };
}

function forecastBasis(ctx: KpiContext): Result<ForecastBasis, KpiValue> {
  const { rows, missing } = frozenForecastFor(ctx);
  if (rows.length > 0 && missing.length === 0) return ok({ amount: rows.reduce((sum, f) => sum + f.amount, 0), frozen: rows });
  const label = labelOf(ctx.period);
  if (ctx.settings.forecastSource === 'mapped_property') {
    const notMapped = unmapped(ID, ctx.settings.propertyMapping.forecastAmount, 'forecast amount frozen at period start');
    if (notMapped) return err(notMapped);
    const t = totalsOf(ctx);
    if (t.forecastDeals === 0) return err(kpiMissing(ID, 'insufficient_data', `no deal closing in ${label} has a forecast amount`));
    return ok({ amount: t.forecast, frozen: [] });
  }
  if (ctx.frozenForecasts === null) {
    return err(kpiMissing(ID, 'not_configured', 'forecasts are frozen at period start by the KPI backend (npx kpi serve), and this install has none'));
  }
  if (missing.length === 0) return err(kpiMissing(ID, 'insufficient_data', 'no team is in scope, so there is no forecast to judge'));
  return err(kpiMissing(ID, 'insufficient_data', `no forecast was frozen for ${missing.join(', ')} at the start of ${label}; an admin can enter one in the settings`));
}
