import type { ForecastSource } from '../domain/frozenForecast';
import { fieldError, type FieldError } from './fieldError';

export const FORECAST_NEEDS_MAPPING = 'forecasts from the mapped property need the forecast property mapped (Properties)';

/**
 * The mapped-property forecast source reads the deal property mapped as "forecast at period
 * start" (docs/kpis.md "Forecast accuracy"): picking it with nothing mapped would freeze no
 * forecast at all, so the save is refused with the reason instead.
 */
export function forecastSourceErrors(source: ForecastSource | undefined, forecastProperty: string | null | undefined): FieldError[] {
  return source === 'mapped_property' && (forecastProperty === null || forecastProperty === undefined) ? [fieldError(['forecastSource'], FORECAST_NEEDS_MAPPING, 'forecast_needs_mapping')] : [];
}
