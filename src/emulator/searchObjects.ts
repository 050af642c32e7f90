import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import { comparableValue } from './comparableValue';
import type { Predicate } from './filterPredicate';
import { filterPredicate } from './filterPredicate';
import type { ObjectCollection } from './objectCollection';
import { byNumericId } from './objectCollection';
import type { Filter, SearchRequest, Sort } from './searchRequest';
import { normalizeSort, SEARCH_LIMITS } from './searchRequest';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

export interface SearchPage {
  total: number;
  results: StoredObject[];
  /** The `after` cursor of the next page; absent on the last page. */
  nextAfter?: string;
}

/**
 * Runs a search the way HubSpot does: filter groups are ORed, filters in a group ANDed;
 * archived records never match; one sort (ascending id when none); `after` is an offset
 * and no page may reach past the 10,000th result (HubSpot answers 400).
 */
export function searchObjects(collection: ObjectCollection, request: SearchRequest): Result<SearchPage> {
  const limit = request.limit ?? SEARCH_LIMITS.defaultPageSize;
  const offset = request.after === undefined || request.after === '' ? 0 : Number(request.after);
  if (!Number.isInteger(offset) || offset < 0) return err(`after must be a non-negative integer offset, got "${request.after}".`);
  if (offset + limit > SEARCH_LIMITS.maxResults) {
    return err(`Paging past ${SEARCH_LIMITS.maxResults} results is not supported (after ${offset} + limit ${limit}).`);
  }
  const sorts = request.sorts.map(normalizeSort);
  if (sorts.some((sort) => sort === null)) return err('Invalid sort.');
  const matched = matching(collection, request.filterGroups);
  if (!matched.ok) return matched;
  const sorted = sortObjects(collection, matched.value, sorts[0] ?? null);
  const results = sorted.slice(offset, offset + limit);
  const page: SearchPage = { total: sorted.length, results };
  if (offset + limit < sorted.length) page.nextAfter = String(offset + limit);
  return ok(page);
}

function matching(collection: ObjectCollection, groups: SearchRequest['filterGroups']): Result<StoredObject[]> {
  const live = (object: StoredObject): boolean => !object.archived;
  if (groups.length === 0) return ok(collection.all().filter(live));
  const found = new Map<string, StoredObject>();
  for (const group of groups) {
    const predicates: Predicate[] = [];
    for (const filter of group.filters) {
      const predicate = filterPredicate(filter, collection.typeOf(filter.propertyName));
      if (!predicate.ok) return predicate;
      predicates.push(predicate.value);
    }
    for (const object of candidates(collection, group.filters)) {
      if (live(object) && predicates.every((test) => test(object))) found.set(object.id, object);
    }
  }
  return ok([...found.values()]);
}

/** The smallest candidate list an EQ or IN filter in the group allows, else every record. */
function candidates(collection: ObjectCollection, filters: readonly Filter[]): Iterable<StoredObject> {
  let best: ReadonlySet<string> | null = null;
  for (const filter of filters) {
    const ids = indexedIds(collection, filter);
    if (ids !== null && (best === null || ids.size < best.size)) best = ids;
  }
  if (best === null) return collection.all();
  return [...best].map((id) => collection.get(id)).filter((object): object is StoredObject => object !== undefined);
}

function indexedIds(collection: ObjectCollection, filter: Filter): ReadonlySet<string> | null {
  if (filter.operator === 'EQ' && filter.value !== undefined) return collection.idsEqualTo(filter.propertyName, filter.value);
  if (filter.operator !== 'IN' || filter.values === undefined) return null;
  const union = new Set<string>();
  for (const value of filter.values) for (const id of collection.idsEqualTo(filter.propertyName, value)) union.add(id);
  return union;
}

/** Records without a value sort after those with one, whatever the direction; ties by id. */
function sortObjects(collection: ObjectCollection, objects: StoredObject[], sort: Sort | null): StoredObject[] {
  if (sort === null) return objects.sort(byNumericId);
  const type = collection.typeOf(sort.propertyName);
  const sign = sort.direction === 'DESCENDING' ? -1 : 1;
  const keyed = objects.map((object) => {
    const raw = object.properties[sort.propertyName];
    return { object, key: hasValue(raw) ? comparableValue(type, raw) : null };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? byNumericId(a.object, b.object) : a.key === null ? 1 : -1;
    if (a.key < b.key) return -sign;
    if (a.key > b.key) return sign;
    return byNumericId(a.object, b.object);
  });
  return keyed.map((entry) => entry.object);
}
