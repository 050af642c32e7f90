import type { Calendar, Period } from '../domain/period';
import { formatPeriod, parsePeriod, periodBounds, periodContaining, shiftPeriod } from '../domain/period';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { HandlerError } from './contracts/common';

/** HubSpot portals hold no deals before this year; earlier periods are typos (1970-01, 0000-Q1), not questions. */
export const EARLIEST_PERIOD_YEAR = 2000;

/**
 * The period a request asks for, or the current quarter in the settings' calendar (kpi-spec §3).
 * A period must start in EARLIEST_PERIOD_YEAR or later and before the current fiscal year ends:
 * nothing can be measured outside that, and the history and comparison periods a scorecard
 * derives from it must stay real dates. Refused with the field named, never computed.
 */
export function periodInput(label: string | undefined, calendar: Calendar, now: number): Result<Period, HandlerError> {
  if (label === undefined) return ok(periodContaining('quarter', now, calendar));
  const parsed = parsePeriod(label);
  if (!parsed.ok) return invalidPeriod(parsed.error);
  const period = parsed.value;
  const lastEnd = periodBounds(periodContaining('year', now, calendar), calendar).end;
  if (period.year < EARLIEST_PERIOD_YEAR || periodBounds(period, calendar).start >= lastEnd) {
    const current = formatPeriod(periodContaining('year', now, calendar));
    return invalidPeriod(`${formatPeriod(period)} is out of range: choose a period from ${EARLIEST_PERIOD_YEAR} to the current fiscal year (${current})`);
  }
  return ok(period);
}

const invalidPeriod = (message: string): Result<Period, HandlerError> => err({ code: 'invalid', message, fields: [{ field: 'period', message }] });

/** The periods the scorecard picker offers: the current quarter and the 7 before it, newest first. */
export function pickerPeriods(calendar: Calendar, now: number, count = 8): string[] {
  const current = periodContaining('quarter', now, calendar);
  return Array.from({ length: count }, (_, back) => formatPeriod(shiftPeriod(current, -back)));
}
