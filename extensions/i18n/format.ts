import { knownKpi } from './kpiName';
import { intlLocale } from './language';

/** Locale-aware formatting for every number a surface shows; null (unknown) prints as a dash. */
export interface Format {
  locale: string;
  number(value: number | null, maxDigits?: number): string;
  /** A fraction as a percentage: 0.345 → "34.5%". */
  percent(value: number | null, maxDigits?: number): string;
  currency(value: number | null, currency: string): string;
  /** A KPI value in its catalogue unit (ratios as %, amounts in the DTO's currency). */
  kpiValue(id: string, value: number | null, currency: string): string;
  date(iso: string): string;
  /** The clock time of an instant ("10:42"), with the date when it is not today. */
  time(iso: string, now: number): string;
  /** How long before `now` an instant was, in the locale's words ("2 minutes ago", "2分钟前"). */
  ago(iso: string, now: number): string;
}

const DASH = '—';

/**
 * Multiples, not shares: pipeline coverage of the remaining target (kpi-spec §4: "≥ 3") and
 * stage conversion's index, worst rate ÷ its threshold (kpi-spec §8: 1.43× is 43% above it).
 */
const MULTIPLE_KPIS = new Map([
  ['pipeline_coverage', 1],
  ['stage_conversion', 2],
]);

export function createFormat(userLocale: string | undefined): Format {
  const locale = intlLocale(userLocale);
  const number = (value: number | null, maxDigits = 1): string =>
    value === null || !Number.isFinite(value) ? DASH : new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits }).format(value);
  const percent = (value: number | null, maxDigits = 1): string =>
    value === null || !Number.isFinite(value)
      ? DASH
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(value);
  const currency = (value: number | null, code: string): string => {
    if (value === null || !Number.isFinite(value)) return DASH;
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 0 }).format(value);
    } catch {
      return `${number(value, 0)} ${code}`;
    }
  };
  const kpiValue = (id: string, value: number | null, code: string): string => {
    const unit = knownKpi(id)?.unit ?? 'count';
    if (value === null || !Number.isFinite(value)) return DASH;
    const multiple = MULTIPLE_KPIS.get(id);
    if (multiple !== undefined) return `${number(value, multiple)}×`;
    if (unit === 'ratio') return percent(value);
    if (unit === 'amount') return currency(value, code);
    if (unit === 'days') return number(value, 0);
    return number(value, 1);
  };
  const date = (iso: string): string => {
    const when = new Date(iso);
    return Number.isNaN(when.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
  };
  const time = (iso: string, now: number): string => {
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return iso;
    const sameDay = new Date(now).toDateString() === when.toDateString();
    return new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(when);
  };
  const ago = (iso: string, now: number): string => {
    const seconds = Math.max(0, (now - new Date(iso).getTime()) / 1000);
    if (!Number.isFinite(seconds)) return DASH;
    const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (seconds < 60) return words.format(0, 'second');
    if (seconds < 3600) return words.format(-Math.floor(seconds / 60), 'minute');
    if (seconds < 86_400) return words.format(-Math.floor(seconds / 3600), 'hour');
    return words.format(-Math.floor(seconds / 86_400), 'day');
  };
  return { locale, number, percent, currency, kpiValue, date, time, ago };
}
