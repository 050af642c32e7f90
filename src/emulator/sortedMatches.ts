import { filterKey, searchKey } from './searchKey';
import { idBoundsOf, idRangeSlice, isIdRangeFilter } from './idRange';
import type { CompiledFilter, CompiledGroup } from './matchObjects';
import { matchObjects } from './matchObjects';
import type { ObjectCollection } from './objectCollection';
import type { SearchCache } from './searchCache';
import type { Sort } from './searchRequest';
import { sortObjects } from './sortObjects';
import type { StoredObject } from './storedObject';

/**
 * Every record a search matches, in its sort order: what each of its pages is a slice of.
 * With a cache, the list is computed once per query and collection version, so the 50
 * pages of a 10,000-result read cost one scan; a query that differs from a cached one only
 * by an `hs_object_id` range on every group — the gateway's continuation past 10,000
 * results — is cut from the cached list instead of scanned (binary search when its ids
 * ascend). Without a cache, the plain computation, against which the cached one is tested.
 */
export function sortedMatches(collection: ObjectCollection, groups: readonly CompiledGroup[], sort: Sort | null, cache?: SearchCache): readonly StoredObject[] {
  if (cache === undefined) return computeSorted(collection, groups, sort);
  const key = searchKey(plainGroups(groups), sort);
  const hit = cache.get(collection, key);
  if (hit !== undefined) return hit.matches;
  const matches = fromCachedBase(collection, groups, sort, cache) ?? computeSorted(collection, groups, sort);
  return cache.set(collection, key, matches).matches;
}

function computeSorted(collection: ObjectCollection, groups: readonly CompiledGroup[], sort: Sort | null): StoredObject[] {
  return sortObjects(collection, matchObjects(collection, groups), sort);
}

const plainGroups = (groups: readonly CompiledGroup[]) => groups.map((g) => ({ filters: g.filters.map((f) => f.filter) }));

/**
 * (G1 ∧ R) ∨ … ∨ (Gn ∧ R) = (G1 ∨ … ∨ Gn) ∧ R: when every group carries the same id range
 * filters R and the search without them is cached, the answer is that list (already in sort
 * order) kept to the records R accepts. Null when the query has no such shape or no base.
 */
function fromCachedBase(collection: ObjectCollection, groups: readonly CompiledGroup[], sort: Sort | null, cache: SearchCache): StoredObject[] | null {
  const range = sharedIdRange(collection, groups);
  if (range === null) return null;
  const base = cache.get(collection, searchKey(plainGroups(range.base), sort));
  if (base === undefined) return null;
  const bounds = idBoundsOf(range.filters.map((f) => f.filter));
  const narrowed = base.idAscending && bounds !== null ? idRangeSlice(base.matches, bounds) : base.matches;
  return narrowed.filter((object) => range.filters.every((f) => f.test(object)));
}

/** The id range filters every group has alike, and the groups without them; null if none. */
function sharedIdRange(collection: ObjectCollection, groups: readonly CompiledGroup[]): { filters: CompiledFilter[]; base: CompiledGroup[] } | null {
  const first = groups[0];
  if (first === undefined || collection.typeOf('hs_object_id') !== 'number') return null;
  const rangeKey = (g: CompiledGroup): string => g.filters.filter((f) => isIdRangeFilter(f.filter)).map((f) => filterKey(f.filter)).sort().join(',');
  const shared = rangeKey(first);
  if (shared === '' || groups.some((g) => rangeKey(g) !== shared)) return null;
  const filters = first.filters.filter((f) => isIdRangeFilter(f.filter));
  const base = groups.map((g) => ({ filters: g.filters.filter((f) => !isIdRangeFilter(f.filter)) }));
  return { filters, base };
}
