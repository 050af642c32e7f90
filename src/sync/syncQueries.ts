import type { SearchBody, SearchFilter } from '../crm/crmTransport';
import { ID_SORT, continuationFilter } from '../crm/searchPlan';
import { HUBSPOT_SEARCH_LIMITS } from '../crm/searchLimits';

/**
 * The search requests the sync sends, one page each (design.md "HubSpot facts": 200 a page,
 * 10,000 a query). Every query is ordered, so a page that ends a query can continue as a fresh
 * query from the last value seen and nothing is skipped past the 10,000 cap.
 */
export const PAGE_SIZE = HUBSPOT_SEARCH_LIMITS.pageSize;
export const MAX_RESULTS = HUBSPOT_SEARCH_LIMITS.maxResults;

const groups = (filters: SearchFilter[]) => (filters.length === 0 ? [] : [{ filters }]);

/** The backfill's next page: deals with an id above the last one stored, ascending. */
export const backfillPage = (afterId: string | null, properties: string[]): SearchBody => ({
  filterGroups: groups(afterId === null ? [] : [continuationFilter(afterId)]),
  sorts: [ID_SORT],
  properties,
  limit: PAGE_SIZE,
});

/**
 * The latest change in the portal and how many deals it holds, in one request: the backfill
 * starts its incremental cursor there, so whatever changes while it pages is read afterwards.
 */
export const latestChange = (): SearchBody => ({
  filterGroups: [],
  sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'DESCENDING' }],
  properties: ['hs_lastmodifieddate'],
  limit: 1,
});

/** Deals modified at or after `fromMs`, oldest change first; `after` pages within one query. */
export function modifiedSince(fromMs: number, properties: string[], after?: string): SearchBody {
  const body: SearchBody = {
    filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(fromMs) }] }],
    sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
    properties,
    limit: PAGE_SIZE,
  };
  if (after !== undefined) body.after = after;
  return body;
}

const idRange = (lowId: string, highId: string): SearchFilter[] => [
  { propertyName: 'hs_object_id', operator: 'GTE', value: lowId },
  { propertyName: 'hs_object_id', operator: 'LTE', value: highId },
];

/** How many deals HubSpot holds with ids in [lowId, highId] (only `total` is read); the whole portal without a range. */
export const countIn = (range: { lowId: string; highId: string } | null): SearchBody => ({
  filterGroups: groups(range === null ? [] : idRange(range.lowId, range.highId)),
  sorts: [ID_SORT],
  properties: ['hs_object_id'],
  limit: 1,
});

/** The ids of deals in [lowId, highId] above `afterId`, ascending. */
export const idsIn = (lowId: string, highId: string, afterId: string | null): SearchBody => ({
  filterGroups: [{ filters: [...idRange(lowId, highId), ...(afterId === null ? [] : [continuationFilter(afterId)])] }],
  sorts: [ID_SORT],
  properties: ['hs_object_id'],
  limit: PAGE_SIZE,
});
