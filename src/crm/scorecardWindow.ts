import type { Bounds, Calendar, Period } from '../domain/period';
import { periodBounds, periodContaining, previousPeriod, samePeriodLastYear, shiftPeriod } from '../domain/period';

/**
 * Every period a scorecard reads (kpi-spec §4, §6): the period itself, the trend's history
 * quarters before it, and for each of them both comparison periods growth_rate may use
 * (previous period, same period last year), since the setting picks one at compute time.
 */
export function scorecardPeriods(period: Period, calendar: Calendar, historyQuarters: number): Period[] {
  const quarter = period.kind === 'quarter' ? period : periodContaining('quarter', periodBounds(period, calendar).start, calendar);
  const history = Array.from({ length: historyQuarters }, (_, i) => shiftPeriod(quarter, -(i + 1)));
  return [period, ...history].flatMap((p) => [p, previousPeriod(p), samePeriodLastYear(p)]);
}

/** The one closedate window covering all of them: from the earliest start to the period's end. */
export function scorecardWindow(period: Period, calendar: Calendar, historyQuarters: number): Bounds {
  const bounds = scorecardPeriods(period, calendar, historyQuarters).map((p) => periodBounds(p, calendar));
  return { start: Math.min(...bounds.map((b) => b.start)), end: periodBounds(period, calendar).end };
}
