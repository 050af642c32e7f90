import type { Unit } from '../kpi/catalog';

/** How the terminal shows values: ratios as percentages, amounts grouped, unknown as "—" (never 0). */
export const UNKNOWN = '—';

export function percent(value: number | null, digits = 1): string {
  return value === null ? UNKNOWN : `${(value * 100).toFixed(digits)}%`;
}

export function amount(value: number | null): string {
  return value === null ? UNKNOWN : Math.round(value).toLocaleString('en-US');
}

export function formatByUnit(value: number | null, unit: Unit): string {
  if (value === null) return UNKNOWN;
  switch (unit) {
    case 'ratio':
      return percent(value);
    case 'amount':
      return amount(value);
    case 'days':
      return `${value.toFixed(1)} d`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'score':
      return value.toFixed(0);
  }
}

export const fixed = (value: number | null, digits = 1): string => (value === null ? UNKNOWN : value.toFixed(digits));
