import { DateTime } from 'luxon';
import type { Bounds } from '../domain/period';

/** An ISO week (Monday 00:00 to the next Monday) in a time zone, named "2026-W48". */
export interface ReportWeek {
  label: string;
  bounds: Bounds;
}

const weekAt = (start: DateTime): ReportWeek => ({
  label: `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`,
  bounds: { start: start.toMillis(), end: start.plus({ weeks: 1 }).toMillis() },
});

/** The last whole week before `now` in `zone` (the week a Monday digest reports on). */
export function lastWholeWeek(now: number, zone: string): ReportWeek {
  return weekAt(DateTime.fromMillis(now, { zone }).startOf('week').minus({ weeks: 1 }));
}

/** The week before `week`. */
export function weekBefore(week: ReportWeek, zone: string): ReportWeek {
  return weekAt(DateTime.fromMillis(week.bounds.start, { zone }).minus({ weeks: 1 }));
}
