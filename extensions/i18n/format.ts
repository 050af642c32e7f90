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
    if (value === null) return DASH;
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
  return { locale, number, percent, currency, kpiValue, date };
}
