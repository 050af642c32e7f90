import { parseAmount } from '../domain/parseValue';
import type { Filter } from './searchRequest';
import type { StoredObject } from './storedObject';

/**
 * The record-id window that a group's `hs_object_id` range filters allow, as numbers: the
 * gateway pages past HubSpot's 10,000-result cap with `hs_object_id GT <last id>`, so a
 * read of 100k deals is ten such queries, and each should cost a binary search rather than
 * a scan. Both ends are inclusive; a strict bound is kept as `strict` so the search can
 * step over equal ids.
 */
export interface IdBounds {
  low: { value: number; strict: boolean } | null;
  high: { value: number; strict: boolean } | null;
}

const RANGE_OPERATORS: ReadonlySet<string> = new Set(['GT', 'GTE', 'LT', 'LTE', 'BETWEEN']);

/** Whether the filter bounds the record id (and only the id). */
export const isIdRangeFilter = (filter: Filter): boolean => filter.propertyName === 'hs_object_id' && RANGE_OPERATORS.has(filter.operator);

const num = (raw: string | undefined): number | null => {
  const parsed = parseAmount(raw);
  return parsed.ok ? parsed.value : null;
};

/**
 * The tightest window of the group's id range filters; null when it has none or one whose
 * operand is not a number (those are left to the filter's own 400).
 */
export function idBoundsOf(filters: readonly Filter[]): IdBounds | null {
  const bounds: IdBounds = { low: null, high: null };
  let any = false;
  for (const filter of filters.filter(isIdRangeFilter)) {
    const value = num(filter.value);
    if (value === null) return null;
    const op = filter.operator;
    if (op === 'GT' || op === 'GTE' || op === 'BETWEEN') bounds.low = tighterLow(bounds.low, { value, strict: op === 'GT' });
    if (op === 'LT' || op === 'LTE') bounds.high = tighterHigh(bounds.high, { value, strict: op === 'LT' });
    if (op === 'BETWEEN') {
      const high = num(filter.highValue);
      if (high === null) return null;
      bounds.high = tighterHigh(bounds.high, { value: high, strict: false });
    }
    any = true;
  }
  return any ? bounds : null;
}

type Bound = NonNullable<IdBounds['low']>;

const tighterLow = (a: Bound | null, b: Bound): Bound =>
  a === null || b.value > a.value || (b.value === a.value && b.strict) ? b : a;

const tighterHigh = (a: Bound | null, b: Bound): Bound =>
  a === null || b.value < a.value || (b.value === a.value && b.strict) ? b : a;

/**
 * The records of `list` whose numeric id lies in the window. `list` must ascend by
 * `Number(id)`, every id a finite number (ObjectCollection.idsAreNumeric, or a checked
 * search-cache entry). Callers still apply the filters: this only narrows the candidates,
 * and every record a filter can accept is inside the slice, since a parseable
 * `hs_object_id` is the record's id read as a number.
 */
export function idRangeSlice<T extends Pick<StoredObject, 'id'>>(list: readonly T[], bounds: IdBounds): readonly T[] {
  const { low, high } = bounds;
  const from = low === null ? 0 : firstIndex(list, low.strict ? (n) => n > low.value : (n) => n >= low.value);
  const to = high === null ? list.length : firstIndex(list, high.strict ? (n) => n >= high.value : (n) => n > high.value);
  return from >= to ? [] : list.slice(from, to);
}

/** The first index whose id satisfies a test that is false, then true, along the list. */
function firstIndex(list: readonly Pick<StoredObject, 'id'>[], reached: (n: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // lo ≤ mid < hi ≤ list.length: the element exists.
    if (reached(Number(list[mid]!.id))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether every id is a finite number and they never descend: what idRangeSlice needs. */
export function ascendsByNumericId(list: readonly Pick<StoredObject, 'id'>[]): boolean {
  let previous = -Infinity;
  for (const object of list) {
    const n = Number(object.id);
    if (!Number.isFinite(n) || n < previous) return false;
    previous = n;
  }
  return true;
}
