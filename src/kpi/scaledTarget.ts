import type { Period } from '../domain/period';
import type { KpiId } from './catalog';
import { isManualKpi, KPI_CATALOG } from './catalog';

const MONTHS_IN: Record<Period['kind'], number> = { month: 1, quarter: 3, year: 12 };

/**
 * The target a scorecard entry means for a period. Count KPIs whose catalogue entry says
 * `targetPerMonth` (new customers, visits) are set per month by admins, so a quarter's
 * target is three times the entry's (kpi-spec §6, defaults §8); every other target (rates,
 * attainment fractions, manual scores) is the same whatever the period's length.
 */
export function scaledTarget(target: number | null, kpi: KpiId, period: Period): number | null {
  if (target === null) return null;
  if (isManualKpi(kpi)) return target;
  return KPI_CATALOG[kpi].targetPerMonth === true ? target * MONTHS_IN[period.kind] : target;
}
