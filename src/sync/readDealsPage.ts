import type { SearchBody } from '../crm/crmTransport';
import { HUBSPOT_SEARCH_LIMITS } from '../crm/searchLimits';
import type { CrmObject } from '../domain/snapshot';
import type { SyncContext } from './syncContext';

export interface DealsPage {
  deals: CrmObject[];
  /** HubSpot's `after` for the next page of the same query; undefined on the last page. */
  after: string | undefined;
  total: number | undefined;
}

/** Room for the longest `after` and continuation id the sync adds to a body it measured. */
const BODY_SLACK = 80;

/**
 * One page of deals with every mirrored property. A property list longer than a search body
 * allows (3,000 characters: many pipelines and stages) is read in one search for the ids and
 * one batch read per 100 of them for the properties, which has no such limit.
 */
export async function readDealsPage(ctx: SyncContext, body: SearchBody): Promise<DealsPage> {
  const fits = JSON.stringify(body).length + BODY_SLACK <= HUBSPOT_SEARCH_LIMITS.maxBodyChars;
  const sent = fits ? body : { ...body, properties: ['hs_object_id', 'hs_lastmodifieddate'] };
  const page = await ctx.client.searchPage('deals', sent);
  const after = page.paging?.next?.after;
  if (fits || page.results.length === 0) return { deals: page.results, after, total: page.total };
  const full = await ctx.client.batchReadDeals(page.results.map((d) => d.id), body.properties);
  // A deal archived between the two reads is left out here; the next cycle's count check removes it.
  return { deals: full, after, total: page.total };
}
