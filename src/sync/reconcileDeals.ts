import type { CrmObject } from '../domain/snapshot';
import { idsInRange } from './findRemovedDeals';
import type { SyncContext } from './syncContext';

/** Every HubSpot deal id is a positive integer below this (ids compare as numbers in search). */
const HIGHEST_ID = '999999999999999999';

/**
 * The periodic full comparison of ids (daily by default): whatever an incremental cycle could
 * not see — a deletion masked by a creation in the same cycle, a change past 10,000 in one
 * millisecond — is put right here. Costs one search per 200 deals, run in the background.
 */
export async function reconcileDeals(ctx: SyncContext, properties: string[]): Promise<{ upserts: CrmObject[]; removals: string[] }> {
  const present = await idsInRange(ctx, '0', HIGHEST_ID);
  const mirrored = new Set(await ctx.store.dealIds(ctx.portalId));
  const unseen = [...present].filter((id) => !mirrored.has(id));
  const gone = [...mirrored].filter((id) => !present.has(id));
  const upserts = unseen.length === 0 ? [] : await ctx.client.batchReadDeals(unseen, properties);
  const still = gone.length === 0 ? new Set<string>() : new Set((await ctx.client.batchReadDeals(gone, ['hs_object_id'])).map((d) => d.id));
  return { upserts, removals: gone.filter((id) => !still.has(id)) };
}
