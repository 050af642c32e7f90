import type { Bounds, Calendar, Period } from '../domain/period';
import { formatPeriod, periodBounds } from '../domain/period';

const boundsCache = new Map<string, Bounds>();

/**
 * periodBounds with its result kept: a period's bounds in a calendar never change, and the
 * scorecards of a large portal ask for the same few periods tens of thousands of times
 * (luxon's zone arithmetic is the slow part of a KPI otherwise).
 */
export function boundsOf(period: Period, calendar: Calendar): Bounds {
  const key = `${calendar.timeZone}|${calendar.fiscalYearStartMonth}|${period.kind}|${period.year}|${period.index}`;
  let bounds = boundsCache.get(key);
  if (bounds === undefined) {
    bounds = periodBounds(period, calendar);
    boundsCache.set(key, bounds);
  }
  return bounds;
}

/** "2026-Q2" for reasons shown to users. */
export const labelOf = (period: Period): string => formatPeriod(period);
