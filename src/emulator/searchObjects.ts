import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import { compileGroups } from './matchObjects';
import type { ObjectCollection } from './objectCollection';
import type { SearchCache } from './searchCache';
import type { LaggedView } from './searchIndexLag';
import { lagMatches } from './searchIndexLag';
import type { SearchRequest } from './searchRequest';
import { normalizeSort, SEARCH_LIMITS } from './searchRequest';
import { sortedMatches } from './sortedMatches';
import type { StoredObject } from './storedObject';

export interface SearchPage {
  total: number;
  results: StoredObject[];
  /** The `after` cursor of the next page; absent on the last page. */
  nextAfter?: string;
}

/**
 * Runs a search the way HubSpot does: filter groups are ORed, filters in a group ANDed;
 * archived records never match; one sort (ascending id when none); `after` is an offset
 * and no page may reach past the 10,000th result (HubSpot answers 400). Given a cache,
 * the pages of one query share one computed match list (see sortedMatches); the answers
 * are the same with or without it. Given a lagged view, the answer is what HubSpot's
 * index would give while recent writes are not in it yet (see SearchIndexLag).
 */
export function searchObjects(collection: ObjectCollection, request: SearchRequest, cache?: SearchCache, lag?: LaggedView): Result<SearchPage> {
  const limit = request.limit ?? SEARCH_LIMITS.defaultPageSize;
  const offset = request.after === undefined || request.after === '' ? 0 : Number(request.after);
  if (!Number.isInteger(offset) || offset < 0) return err(`after must be a non-negative integer offset, got "${request.after}".`);
  if (offset + limit > SEARCH_LIMITS.maxResults) {
    return err(`Paging past ${SEARCH_LIMITS.maxResults} results is not supported (after ${offset} + limit ${limit}).`);
  }
  const sorts = request.sorts.map(normalizeSort);
  if (sorts.some((sort) => sort === null)) return err('Invalid sort.');
  const groups = compileGroups(collection, request.filterGroups);
  if (!groups.ok) return groups;
  const current = sortedMatches(collection, groups.value, sorts[0] ?? null, cache);
  const sorted = lag === undefined ? current : lagMatches(collection, current, groups.value, sorts[0] ?? null, lag);
  const results = sorted.slice(offset, offset + limit);
  const page: SearchPage = { total: sorted.length, results };
  if (offset + limit < sorted.length) page.nextAfter = String(offset + limit);
  return ok(page);
}
