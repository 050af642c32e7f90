import type { Calendar, Period } from '../domain/period';
import { formatPeriod, parsePeriod, periodContaining, shiftPeriod } from '../domain/period';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { HandlerError } from './contracts/common';

/** The period a request asks for, or the current quarter in the settings' calendar (kpi-spec §3). */
export function periodInput(label: string | undefined, calendar: Calendar, now: number): Result<Period, HandlerError> {
  if (label === undefined) return ok(periodContaining('quarter', now, calendar));
  const parsed = parsePeriod(label);
  if (parsed.ok) return ok(parsed.value);
  return err({ code: 'invalid', message: parsed.error, fields: [{ field: 'period', message: parsed.error }] });
}

/** The periods the scorecard picker offers: the current quarter and the 7 before it, newest first. */
export function pickerPeriods(calendar: Calendar, now: number, count = 8): string[] {
  const current = periodContaining('quarter', now, calendar);
  return Array.from({ length: count }, (_, back) => formatPeriod(shiftPeriod(current, -back)));
}
