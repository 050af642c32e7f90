import type { Bounds, Calendar, Period } from '../domain/period';
import { periodBounds, periodContaining, previousPeriod, samePeriodLastYear, shiftPeriod } from '../domain/period';

/**
 * Every period a scorecard reads (kpi-spec §4, §6): the period itself, the trend's history
 * quarters before it, and for each of them both comparison periods growth_rate may use
 * (previous period, same period last year) unless the caller names the one its settings use,
 * or none when its template has no growth_rate.
 */
export type Comparison = 'same_period_last_year' | 'previous_period' | 'both' | 'none';

const COMPARED: Record<Comparison, (p: Period) => Period[]> = {
  both: (p) => [previousPeriod(p), samePeriodLastYear(p)],
  same_period_last_year: (p) => [samePeriodLastYear(p)],
  previous_period: (p) => [previousPeriod(p)],
  none: () => [],
};

export function scorecardPeriods(period: Period, calendar: Calendar, historyQuarters: number, comparison: Comparison = 'both'): Period[] {
  const quarter = period.kind === 'quarter' ? period : periodContaining('quarter', periodBounds(period, calendar).start, calendar);
  const history = Array.from({ length: historyQuarters }, (_, i) => shiftPeriod(quarter, -(i + 1)));
  return [period, ...history].flatMap((p) => [p, ...COMPARED[comparison](p)]);
}

/** The one closedate window covering all of them: from the earliest start to the period's end. */
export function scorecardWindow(period: Period, calendar: Calendar, historyQuarters: number, comparison: Comparison = 'both'): Bounds {
  const bounds = scorecardPeriods(period, calendar, historyQuarters, comparison).map((p) => periodBounds(p, calendar));
  return { start: Math.min(...bounds.map((b) => b.start)), end: periodBounds(period, calendar).end };
}
