import { DateTime } from 'luxon';
import { z } from 'zod';

/** KPI_SCAN_AT: a wall-clock time "HH:MM" (24-hour) in the portal's time zone. */
export const scanAtSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour, e.g. 07:00');
export const DEFAULT_SCAN_AT = '07:00';
/** KPI_DIGEST_AT: after the scan, so the digest's Monday lands with the day's alert tasks. */
export const DEFAULT_DIGEST_AT = '07:30';

/**
 * The first instant after `now` at which the wall clock in `timeZone` reads `at` (
 * the daily alert scan at KPI_SCAN_AT, default 07:00 portal time). Exactly `now` counts as
 * past, so a run that finishes within its own minute does not schedule itself again. On a
 * day when `at` does not exist (a DST gap) luxon moves it forward by the gap (02:30 → 03:30);
 * when it exists twice (the fall-back hour) the first one counts: one scan a day either way.
 */
export function nextRunAt(now: number, at: string, timeZone: string): number {
  const [hour, minute] = scanAtSchema.parse(at).split(':').map(Number) as [number, number];
  const local = DateTime.fromMillis(now, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`unknown time zone ${timeZone}`);
  const today = local.set({ hour, minute, second: 0, millisecond: 0 });
  return (today.toMillis() > now ? today : local.plus({ days: 1 }).set({ hour, minute, second: 0, millisecond: 0 })).toMillis();
}
