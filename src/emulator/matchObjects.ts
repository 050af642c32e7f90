import type { Result } from '../domain/result';
import { ok } from '../domain/result';
import type { Predicate } from './filterPredicate';
import { filterPredicate } from './filterPredicate';
import { idBoundsOf, idRangeSlice } from './idRange';
import type { ObjectCollection } from './objectCollection';
import type { Filter } from './searchRequest';
import type { StoredObject } from './storedObject';

/** A filter and the test it became. */
export interface CompiledFilter {
  filter: Filter;
  test: Predicate;
}

export interface CompiledGroup {
  filters: CompiledFilter[];
}

/**
 * Every filter of every group as a test, in request order, so the first unreadable filter
 * is the one HubSpot's 400 names.
 */
export function compileGroups(collection: ObjectCollection, groups: readonly { filters: readonly Filter[] }[]): Result<CompiledGroup[]> {
  const compiled: CompiledGroup[] = [];
  for (const group of groups) {
    const filters: CompiledFilter[] = [];
    for (const filter of group.filters) {
      const test = filterPredicate(filter, collection.typeOf(filter.propertyName));
      if (!test.ok) return test;
      filters.push({ filter, test: test.value });
    }
    compiled.push({ filters });
  }
  return ok(compiled);
}

/**
 * The live records matching any group (all filters of the group), each once, in no
 * particular order: filter groups are ORed, filters in a group ANDed, archived records
 * never match (HubSpot search).
 */
export function matchObjects(collection: ObjectCollection, groups: readonly CompiledGroup[]): StoredObject[] {
  if (groups.length === 0) return [...collection.listed(false)];
  const found = new Map<string, StoredObject>();
  for (const group of groups) {
    const tests = group.filters.map((f) => f.test);
    for (const object of candidates(collection, group.filters.map((f) => f.filter))) {
      if (!object.archived && tests.every((test) => test(object))) found.set(object.id, object);
    }
  }
  return [...found.values()];
}

/** Whether a record passes the search's groups (all of no groups, as an empty search lists everything). */
export function matchesAnyGroup(groups: readonly CompiledGroup[], object: StoredObject): boolean {
  return groups.length === 0 || groups.some((group) => group.filters.every((f) => f.test(object)));
}

/**
 * The fewest records the group's filters allow: the smallest EQ/IN index hit, or the slice
 * of the id-ordered records an `hs_object_id` range leaves, else every record.
 */
function candidates(collection: ObjectCollection, filters: readonly Filter[]): readonly StoredObject[] {
  let best: ReadonlySet<string> | null = null;
  for (const filter of filters) {
    const ids = indexedIds(collection, filter);
    if (ids !== null && (best === null || ids.size < best.size)) best = ids;
  }
  const range = idRangeOf(collection, filters);
  if (range !== null && (best === null || range.length <= best.size)) return range;
  if (best === null) return collection.all();
  return [...best].map((id) => collection.get(id)).filter((object): object is StoredObject => object !== undefined);
}

/** The records an id range narrows the group to, when the ids allow a binary search. */
function idRangeOf(collection: ObjectCollection, filters: readonly Filter[]): readonly StoredObject[] | null {
  if (!collection.idsAreNumeric || collection.typeOf('hs_object_id') !== 'number') return null;
  const bounds = idBoundsOf(filters);
  return bounds === null ? null : idRangeSlice(collection.all(), bounds);
}

function indexedIds(collection: ObjectCollection, filter: Filter): ReadonlySet<string> | null {
  if (filter.operator === 'EQ' && filter.value !== undefined) return collection.idsEqualTo(filter.propertyName, filter.value);
  if (filter.operator !== 'IN' || filter.values === undefined) return null;
  const union = new Set<string>();
  for (const value of filter.values) for (const id of collection.idsEqualTo(filter.propertyName, value)) union.add(id);
  return union;
}
