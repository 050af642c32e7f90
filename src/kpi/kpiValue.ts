import type { KpiId } from './catalog';

/**
 * The value of one KPI for one subject and period. A KPI whose inputs are missing is never
 * reported as zero (kpi-spec §2): it is `not_configured` (an admin must map or set something)
 * or `insufficient_data` (the data exists but cannot support the number yet), with the reason.
 */
export type KpiStatus = 'ok' | 'not_configured' | 'insufficient_data';

export interface KpiValue {
  id: KpiId;
  status: KpiStatus;
  /** In the KPI's unit (fractions for rates); null unless status is 'ok'. */
  actual: number | null;
  /** Why the KPI has no value; null when status is 'ok'. */
  reason: string | null;
}

export const kpiOk = (id: KpiId, actual: number): KpiValue => ({ id, status: 'ok', actual, reason: null });
export const kpiMissing = (id: KpiId, status: Exclude<KpiStatus, 'ok'>, reason: string): KpiValue => ({
  id,
  status,
  actual: null,
  reason,
});
