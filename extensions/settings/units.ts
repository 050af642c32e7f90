import { knownKpi } from '../i18n/kpiName';

/**
 * Settings store rates as fractions (kpi-spec §4: 0.25 = 25%); admins type percentages. The
 * scale converts between the two. Pipeline coverage is a multiple ("3×"), so it stays as is.
 */
export function displayScale(kpi: string): number {
  return knownKpi(kpi)?.unit === 'ratio' && kpi !== 'pipeline_coverage' ? 100 : 1;
}

/** Rounds away binary noise (0.3 × 100 = 30.000000000000004) so inputs show what was typed. */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6;

export const toDisplay = (value: number, scale: number): number => clean(value * scale);
export const fromDisplay = (value: number, scale: number): number => clean(value / scale);

/** Replaces item `index` of a list without mutating it. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
