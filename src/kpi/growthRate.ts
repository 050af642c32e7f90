import type { Bounds, Period } from '../domain/period';
import type { Settings } from '../settings/settingsSchema';
import { previousPeriod, samePeriodLastYear } from '../domain/period';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
import { periodTotals } from './periodTotals';

/**
 * growth_rate (销售增长率, kpi-spec §4): (won in P − won in the comparison period) / won in the
 * comparison period; the comparison is the same period last year or the previous period
 * (settings.growthComparison). Growth from nothing is undefined, not infinite.
 * While P is still running, it is compared with the same span of the comparison period (P to
 * date against the first as many days of it): half a quarter against a whole one would show
 * every rep shrinking until the last day.
 */
export function growthRate(ctx: KpiContext): KpiValue {
  const id = 'growth_rate';
  const now = knownWonAmount(id, totalsOf(ctx), ctx.period);
  if (!now.ok) return now.error;
  const { comparison, span } = growthComparison(ctx);
  const before = knownWonAmount(id, periodTotals(ctx.data, ctx.index, ctx.subject.ownerIds, span.bounds), comparison);
  if (!before.ok) return before.error;
  const label = `${labelOf(comparison)}${span.toDate ? ' to the same day' : ''}`;
  if (before.value === 0) return kpiMissing(id, 'insufficient_data', `nothing was won in ${label} to compare with`);
  return kpiOk(id, (now.value - before.value) / before.value);
}

/** The period growth compares P with: the same period last year, or the one before (settings.growthComparison). */
export const comparisonPeriodOf = (settings: Pick<Settings, 'growthComparison'>, period: Period): Period =>
  settings.growthComparison === 'previous_period' ? previousPeriod(period) : samePeriodLastYear(period);

/** What growth compares P with: the comparison period and the span of it that counts (see growthRate). */
export function growthComparison(ctx: KpiContext): { comparison: Period; span: { bounds: Bounds; toDate: boolean } } {
  const comparison = comparisonPeriodOf(ctx.settings, ctx.period);
  return { comparison, span: comparisonSpan(boundsOf(ctx.period, ctx.calendar), boundsOf(comparison, ctx.calendar), ctx.now) };
}

/** The comparison period, cut to as long as P has run so far when `now` falls inside P. */
export function comparisonSpan(current: Bounds, comparison: Bounds, now: number): { bounds: Bounds; toDate: boolean } {
  if (now < current.start || now >= current.end) return { bounds: comparison, toDate: false };
  return { bounds: { start: comparison.start, end: Math.min(comparison.end, comparison.start + (now - current.start)) }, toDate: true };
}
