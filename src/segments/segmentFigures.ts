import type { Period } from '../domain/period';
import type { KpiValue } from '../kpi/kpiValue';
import { kpiMissing, kpiOk } from '../kpi/kpiValue';
import { knownWonAmount } from '../kpi/kpiInputs';
import { labelOf } from '../kpi/kpiPeriod';
import type { SegmentWon } from './segmentTotals';

/**
 * growth_rate for one segment (docs/kpis.md "Segments"): the same formula as the scorecard's
 * growth, (won in P − won in the comparison span) / won in the comparison span; a won deal
 * without an amount makes it unknown, and growth from nothing is undefined, not infinite.
 */
export function segmentGrowth(now: SegmentWon, before: SegmentWon, period: Period, comparison: Period, comparisonLabel: string): KpiValue {
  const current = knownWonAmount('growth_rate', now, period);
  if (!current.ok) return current.error;
  const earlier = knownWonAmount('growth_rate', before, comparison);
  if (!earlier.ok) return earlier.error;
  if (earlier.value === 0) return kpiMissing('growth_rate', 'insufficient_data', `nothing was won in ${comparisonLabel} to compare with`);
  return kpiOk('growth_rate', (current.value - earlier.value) / earlier.value);
}

/** revenue_attainment for one segment: won in P / the segment's target for P; no target (or 0) is not_configured. */
export function segmentAttainment(now: SegmentWon, target: number | null, period: Period, whenNoTarget: string): KpiValue {
  if (target === null) return kpiMissing('revenue_attainment', 'not_configured', whenNoTarget);
  if (target === 0) return kpiMissing('revenue_attainment', 'not_configured', `the target for ${labelOf(period)} is 0`);
  const won = knownWonAmount('revenue_attainment', now, period);
  return won.ok ? kpiOk('revenue_attainment', won.value / target) : won.error;
}
