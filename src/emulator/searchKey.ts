import type { Filter, Sort } from './searchRequest';

/**
 * The identity of a search's full, sorted result list: its filter groups and sort, without
 * `after`, `limit` or `properties`, which only choose what part of that list a page shows.
 * Filters within a group and the groups themselves are put in a fixed order, since AND and
 * OR do not care about order and results are sorted afterwards, so the same query written
 * twice in different orders shares one cache entry.
 */
export function searchKey(groups: readonly { filters: readonly Filter[] }[], sort: Sort | null): string {
  const canonicalGroups = groups.map((group) => group.filters.map(filterKey).sort().join(',')).sort();
  const sortKey = sort === null ? 'id' : `${sort.propertyName}:${sort.direction}`;
  return `${sortKey}|${canonicalGroups.map((group) => `[${group}]`).join('|')}`;
}

/** One filter as text; every field that can change what it matches is in it. */
export function filterKey(filter: Filter): string {
  return JSON.stringify([filter.propertyName, filter.operator, filter.value ?? null, filter.highValue ?? null, filter.values ?? null]);
}
