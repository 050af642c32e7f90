import type { ForecastBasis } from '../domain/frozenForecast';
import type { KpiId } from './catalog';

/**
 * The value of one KPI for one subject and period. A KPI whose inputs are missing is never
 * reported as zero (kpi-spec §2): it is `not_configured` (an admin must map or set something)
 * or `insufficient_data` (the data exists but cannot support the number yet), or
 * `not_applicable` (the KPI means nothing here, e.g. pipeline coverage of a period that has
 * ended), with the reason.
 */
export type KpiStatus = 'ok' | 'not_configured' | 'insufficient_data' | 'not_applicable';

/** The stage pair behind stage_conversion's index (worst rate ÷ its threshold, kpi-spec §8). */
export interface WorstPair {
  fromLabel: string;
  toLabel: string;
  rate: number;
  threshold: number;
}

export interface KpiValue {
  id: KpiId;
  status: KpiStatus;
  /** In the KPI's unit (fractions for rates); null unless status is 'ok'. */
  actual: number | null;
  /** Why the KPI has no value; null when status is 'ok'. */
  reason: string | null;
  /** stage_conversion only: the pair the index is about. */
  worstPair?: WorstPair;
  /** forecast_accuracy only: the forecast the actual is compared with. */
  forecast?: ForecastBasis;
}

export const kpiOk = (id: KpiId, actual: number): KpiValue => ({ id, status: 'ok', actual, reason: null });
export const kpiMissing = (id: KpiId, status: Exclude<KpiStatus, 'ok'>, reason: string): KpiValue => ({
  id,
  status,
  actual: null,
  reason,
});
