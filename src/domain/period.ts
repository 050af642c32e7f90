import { DateTime, IANAZone } from 'luxon';
import type { Result } from './result';
import { err, ok } from './result';

/**
 * Periods of kpi-spec §3: month, quarter and year in the portal's time zone, with a
 * configurable fiscal-year start month. A fiscal year is named by the calendar year in which
 * it starts ("2026" with a July start runs 2026-07-01 to 2027-06-30); quarters count from the
 * fiscal start. A month label is always the calendar month ("2026-07").
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  /** Calendar year for months, fiscal year for quarters and years. */
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a year. */
  index: number;
}

export interface Calendar {
  timeZone: string;
  /** 1 = January. */
  fiscalYearStartMonth: number;
}

export interface Bounds {
  /** Inclusive, epoch ms. */
  start: number;
  /** Exclusive, epoch ms. */
  end: number;
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function formatPeriod(p: Period): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year}-Q${p.index}`;
  return `${p.year}-${String(p.index).padStart(2, '0')}`;
}

/** Reads a period label as people type it: 2026 or FY2026, 2026-Q3 or 2026Q3, 2026-07. */
export function parsePeriod(label: string): Result<Period> {
  const text = label.trim().toUpperCase();
  let m = /^(?:FY)?(\d{4})$/.exec(text);
  if (m) return ok({ kind: 'year', year: Number(m[1]), index: 1 });
  m = /^(\d{4})-?Q([1-4])$/.exec(text);
  if (m) return ok({ kind: 'quarter', year: Number(m[1]), index: Number(m[2]) });
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok({ kind: 'month', year: Number(m[1]), index: Number(m[2]) });
  return err(`"${label}" is not a period: use 2026-Q3, 2026-07 or 2026`);
}

/** First calendar month (year, month 1–12) of a period. */
function firstMonth(p: Period, cal: Calendar): { year: number; month: number } {
  if (p.kind === 'month') return { year: p.year, month: p.index };
  const offset = cal.fiscalYearStartMonth - 1 + (p.kind === 'quarter' ? (p.index - 1) * 3 : 0);
  return { year: p.year + Math.floor(offset / 12), month: (offset % 12) + 1 };
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The instants of a period: from local midnight of its first day in the portal's zone, up to
 * but not including the next period's (kpi-spec §3), so daylight-saving days and fiscal years
 * need no special case and adjacent periods never share a deal.
 */
export function periodBounds(p: Period, cal: Calendar): Bounds {
  const { year, month } = firstMonth(p, cal);
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone: cal.timeZone });
  return { start: start.toMillis(), end: start.plus({ months: MONTHS[p.kind] }).toMillis() };
}

/** The period of the given kind holding an instant, judged by its local date in the zone. */
export function periodContaining(kind: PeriodKind, instant: number, cal: Calendar): Period {
  const local = DateTime.fromMillis(instant, { zone: cal.timeZone });
  if (kind === 'month') return { kind, year: local.year, index: local.month };
  const monthsIntoFy = (local.month - cal.fiscalYearStartMonth + 12) % 12;
  const fiscalYear = local.month >= cal.fiscalYearStartMonth ? local.year : local.year - 1;
  return kind === 'year' ? { kind, year: fiscalYear, index: 1 } : { kind, year: fiscalYear, index: Math.floor(monthsIntoFy / 3) + 1 };
}

/** The period `steps` away of the same kind (negative goes back), crossing year ends: 2026-01 − 1 is 2025-12. */
export function shiftPeriod(p: Period, steps: number): Period {
  if (p.kind === 'year') return { ...p, year: p.year + steps };
  const per = p.kind === 'quarter' ? 4 : 12;
  const zeroBased = p.year * per + (p.index - 1) + steps;
  return { kind: p.kind, year: Math.floor(zeroBased / per), index: (zeroBased % per) + 1 };
}

/** growth_rate's comparisons (kpi-spec §4): the period before, or the same period a year earlier (the default). */
export const previousPeriod = (p: Period): Period => shiftPeriod(p, -1);
export const samePeriodLastYear = (p: Period): Period => ({ ...p, year: p.year - 1 });

/** The months (as month periods) that make up a period, for splitting annual targets. */
export function monthsOf(p: Period, cal: Calendar): Period[] {
  const { year, month } = firstMonth(p, cal);
  return Array.from({ length: MONTHS[p.kind] }, (_, i) => shiftPeriod({ kind: 'month', year, index: month }, i));
}

/** Whether a known instant lies in the half-open bounds; an unknown one belongs to no period. */
export const inBounds = (instant: number | null, b: Bounds): instant is number =>
  instant !== null && instant >= b.start && instant < b.end;
