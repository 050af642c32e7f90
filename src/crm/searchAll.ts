import { z } from 'zod';
import type { CrmObject } from '../domain/snapshot';
import { crmObjectSchema } from '../domain/snapshot';
import type { FilterGroup, SearchBody } from './crmTransport';
import type { PlannedQuery } from './searchPlan';
import { searchBody } from './searchPlan';
import type { SearchLimits } from './searchLimits';
import { HUBSPOT_SEARCH_LIMITS } from './searchLimits';
import { byNumericId } from '../domain/byNumericId';

/** One page of POST /crm/v3/objects/{type}/search (CollectionResponseWithTotal…ForwardPaging). */
export const searchPageSchema = z.object({
  total: z.number().optional(),
  results: z.array(crmObjectSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

/** Sends one search request and answers the validated page. */
export type RunSearch = (body: SearchBody) => Promise<SearchPage>;

/** Told, after each query's first page, how many more pages it needs; throws when they cannot be afforded. */
export type PagePlanner = (pagesLeft: number) => void;

/**
 * Reads every result of one filter set and property chunk. Pages follow HubSpot's `after`
 * cursor; since no page may reach past the 10,000th result, a query with more continues as a
 * fresh query with `hs_object_id GT <last id seen>` (results come in ascending id order), so
 * nothing is skipped or read twice however many results there are.
 */
async function readAll(groups: FilterGroup[], properties: string[], run: RunSearch, limits: SearchLimits, sink: (o: CrmObject) => void, plan: PagePlanner): Promise<void> {
  let lastId: string | null = null;
  let after: string | undefined;
  for (let first = true; ; first = false) {
    const page = await run(searchBody(groups, properties, limits.pageSize, lastId, after));
    if (first && page.total !== undefined) plan(Math.ceil(Math.max(0, page.total - page.results.length) / limits.pageSize));
    page.results.forEach(sink);
    const next = page.paging?.next?.after;
    const last = page.results[page.results.length - 1];
    if (next === undefined || last === undefined) return;
    if (Number(next) + limits.pageSize > limits.maxResults) {
      lastId = last.id;
      after = undefined;
    } else after = next;
  }
}

/** Merges the chunks of one record read with different property lists. */
function merge(into: Map<string, CrmObject>, object: CrmObject): void {
  const seen = into.get(object.id);
  if (seen === undefined) into.set(object.id, object);
  else seen.properties = { ...seen.properties, ...object.properties };
}

/** Runs a planned search to the end; each record once, in id order. */
export async function searchAll(plan: readonly PlannedQuery[], run: RunSearch, limits: SearchLimits = HUBSPOT_SEARCH_LIMITS, planner: PagePlanner = () => undefined): Promise<CrmObject[]> {
  const found = new Map<string, CrmObject>();
  for (const query of plan) {
    for (const properties of query.propertyChunks) {
      await readAll(query.filterGroups, properties, run, limits, (o) => merge(found, o), planner);
    }
  }
  return [...found.values()].sort(byNumericId);
}
