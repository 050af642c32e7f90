import type { FilterGroup, SearchBody, SearchFilter, SearchSort } from './crmTransport';
import type { SearchLimits } from './searchLimits';
import { HUBSPOT_SEARCH_LIMITS } from './searchLimits';

/**
 * What to search for, before HubSpot's limits are applied: every record whose values are in
 * each of the `inLists` (ANDed) and that matches at least one of the `alternatives` (each an
 * AND of filters; none = no further condition).
 */
export interface SearchSpec {
  inLists: { propertyName: string; values: readonly string[] }[];
  alternatives: SearchFilter[][];
  properties: readonly string[];
}

/** One search request to page through, once per property chunk (results merged by id). */
export interface PlannedQuery {
  filterGroups: FilterGroup[];
  propertyChunks: string[][];
}

/** Results are read in id order so that a query past 10,000 results continues with `hs_object_id GT <last id>`. */
export const ID_SORT: SearchSort = { propertyName: 'hs_object_id', direction: 'ASCENDING' };

/** The filter that continues a query past HubSpot's 10,000-result cap; every group keeps a slot for it. */
export const continuationFilter = (lastId: string): SearchFilter => ({ propertyName: 'hs_object_id', operator: 'GT', value: lastId });

/** The request body of one page. */
export function searchBody(groups: readonly FilterGroup[], properties: string[], limit: number, lastId: string | null, after: string | undefined): SearchBody {
  const filterGroups = lastId === null ? [...groups] : groups.map((g) => ({ filters: [...g.filters, continuationFilter(lastId)] }));
  const body: SearchBody = { filterGroups, sorts: [ID_SORT], properties, limit };
  if (after !== undefined) body.after = after;
  return body;
}

/** The longest body a query can send: continuation filter with a 20-digit id and a 5-digit `after`. */
function worstBodyChars(groups: readonly FilterGroup[], properties: string[], limits: SearchLimits): number {
  return JSON.stringify(searchBody(groups, properties, limits.pageSize, '9'.repeat(20), String(limits.maxResults))).length;
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/** Every combination of one chunk of each IN list with one alternative: one filter group each. */
function groupsOf(spec: SearchSpec, inChunkSize: number, limits: SearchLimits): FilterGroup[] {
  let combos: SearchFilter[][] = [[]];
  for (const list of spec.inLists) {
    const chunks = chunk([...new Set(list.values)], inChunkSize);
    combos = combos.flatMap((prefix) => chunks.map((values) => [...prefix, { propertyName: list.propertyName, operator: 'IN' as const, values }]));
  }
  const alternatives = spec.alternatives.length === 0 ? [[]] : spec.alternatives;
  const groups = combos.flatMap((prefix) => alternatives.map((alt) => ({ filters: [...prefix, ...alt] })));
  for (const g of groups) {
    if (g.filters.length > limits.maxFiltersPerGroup - 1) throw new Error(`a filter group of ${g.filters.length} filters leaves no room for the 10k continuation`);
  }
  return groups;
}

/** Splits the properties so that each chunk fits beside the widest single group. */
function propertyChunks(properties: readonly string[], groups: readonly FilterGroup[], limits: SearchLimits): string[][] | null {
  const widest = Math.max(...groups.map((g) => worstBodyChars([g], [], limits)));
  const budget = limits.maxBodyChars - widest;
  const chunks: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const name of properties) {
    const cost = JSON.stringify(name).length + 1;
    if (cost > budget) return null;
    if (used + cost > budget && current.length > 0) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(name);
    used += cost;
  }
  chunks.push(current);
  return chunks;
}

/** Packs groups into as few queries as the group, filter and body limits allow. */
function packGroups(groups: readonly FilterGroup[], widestChunk: string[], limits: SearchLimits): FilterGroup[][] {
  const queries: FilterGroup[][] = [];
  let current: FilterGroup[] = [];
  const filtersOf = (gs: readonly FilterGroup[]): number => gs.reduce((n, g) => n + g.filters.length + 1, 0);
  for (const group of groups) {
    const next = [...current, group];
    const fits = next.length <= limits.maxGroups && filtersOf(next) <= limits.maxFilters && worstBodyChars(next, widestChunk, limits) <= limits.maxBodyChars;
    if (fits || current.length === 0) current = next;
    else {
      queries.push(current);
      current = [group];
    }
  }
  if (current.length > 0) queries.push(current);
  return queries;
}

/**
 * Plans the search requests for a spec within HubSpot's limits: long IN lists are chunked,
 * the chunks and alternatives become filter groups packed into as few requests as fit, and a
 * property list too long for the body is split (each part read with the same filters). A spec
 * with an empty IN list matches nothing and needs no request.
 */
export function planSearch(spec: SearchSpec, limits: SearchLimits = HUBSPOT_SEARCH_LIMITS): PlannedQuery[] {
  if (spec.inLists.some((list) => list.values.length === 0)) return [];
  for (let size = limits.maxInValues; size >= 1; size = Math.floor(size / 2)) {
    const groups = groupsOf(spec, size, limits);
    const chunks = propertyChunks(spec.properties, groups, limits);
    if (chunks === null) continue;
    const widest = chunks.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a));
    return packGroups(groups, widest, limits).map((filterGroups) => ({ filterGroups, propertyChunks: chunks }));
  }
  throw new Error('the search cannot fit HubSpot\'s 3,000-character body limit');
}
