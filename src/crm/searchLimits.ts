/**
 * HubSpot's documented limits on one CRM search request (design.md "HubSpot facts";
 * developers.hubspot.com "CRM search", Limitations): 5 filter groups, 6 filters in a group,
 * 18 filters in all, 3,000 characters of request body, 200 results a page and 10,000
 * results per query (paging past them is a 400). `maxInValues` is our own cap on one IN
 * filter so that a long owner list is spread over groups and queries.
 */
export interface SearchLimits {
  maxGroups: number;
  maxFiltersPerGroup: number;
  maxFilters: number;
  maxBodyChars: number;
  maxInValues: number;
  pageSize: number;
  maxResults: number;
}

export const HUBSPOT_SEARCH_LIMITS: SearchLimits = {
  maxGroups: 5,
  maxFiltersPerGroup: 6,
  maxFilters: 18,
  maxBodyChars: 3000,
  maxInValues: 100,
  pageSize: 200,
  maxResults: 10_000,
};
