import { z } from 'zod';

/**
 * The body of `POST /crm/v3/objects/{type}/search` (HubSpot's `PublicObjectSearchRequest`)
 * and HubSpot's documented limits on it (developers.hubspot.com, "CRM search",
 * Limitations): 5 filter groups, 6 filters per group, 18 filters in all, one sort,
 * 200 results a page, 3,000 characters of body, 10,000 results per query.
 */
export const SEARCH_LIMITS = {
  maxFilterGroups: 5,
  maxFiltersPerGroup: 6,
  maxFilters: 18,
  maxSorts: 1,
  maxPageSize: 200,
  defaultPageSize: 10,
  maxBodyChars: 3000,
  maxResults: 10_000,
} as const;

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

export const operatorSchema = z.enum([
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
]);
export type Operator = z.infer<typeof operatorSchema>;

export const filterSchema = z.object({
  propertyName: z.string().min(1),
  operator: operatorSchema,
  value: scalar.optional(),
  highValue: scalar.optional(),
  values: z.array(scalar).optional(),
});
export type Filter = z.infer<typeof filterSchema>;

export const sortSchema = z.object({
  propertyName: z.string().min(1),
  direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING'),
});
export type Sort = z.infer<typeof sortSchema>;

export const searchRequestSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).default([]),
  sorts: z.array(z.union([z.string(), sortSchema])).default([]),
  properties: z.array(z.string()).optional(),
  limit: z.number().int().min(0).optional(),
  after: z.union([z.string(), z.number()]).optional(),
  query: z.string().optional(),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;

/** The one limit the request breaks, worded for HubSpot's 400 message; null when within limits. */
export function searchLimitViolation(request: SearchRequest): string | null {
  const groups = request.filterGroups;
  const total = groups.reduce((sum, group) => sum + group.filters.length, 0);
  if (groups.length > SEARCH_LIMITS.maxFilterGroups) {
    return `Too many filter groups (${groups.length}). The maximum number of filter groups is ${SEARCH_LIMITS.maxFilterGroups}.`;
  }
  const crowded = groups.find((group) => group.filters.length > SEARCH_LIMITS.maxFiltersPerGroup);
  if (crowded !== undefined) {
    return `Too many filters in a filter group (${crowded.filters.length}). The maximum number of filters per group is ${SEARCH_LIMITS.maxFiltersPerGroup}.`;
  }
  if (total > SEARCH_LIMITS.maxFilters) {
    return `Too many filters (${total}). The maximum number of filters across all filter groups is ${SEARCH_LIMITS.maxFilters}.`;
  }
  if (request.sorts.length > SEARCH_LIMITS.maxSorts) return 'Only one sort is supported.';
  if (request.limit !== undefined && request.limit > SEARCH_LIMITS.maxPageSize) {
    return `limit must be less than or equal to ${SEARCH_LIMITS.maxPageSize}.`;
  }
  return null;
}

/** Reads one sort in either of HubSpot's forms: `{propertyName, direction}`, `"-name"`, `"name"`, or that object as JSON text. */
export function normalizeSort(sort: string | Sort): Sort | null {
  if (typeof sort !== 'string') return sort;
  const text = sort.trim();
  if (text.startsWith('{')) {
    try {
      const parsed = sortSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  if (text.length === 0 || text === '-') return null;
  return text.startsWith('-') ? { propertyName: text.slice(1), direction: 'DESCENDING' } : { propertyName: text, direction: 'ASCENDING' };
}
