import type { SyncContext } from './syncContext';
import { PAGE_SIZE, countIn, idsIn } from './syncQueries';

/**
 * The mirrored deals HubSpot no longer has (archived or deleted: search leaves them out). When
 * HubSpot counts fewer deals than the mirror holds, the id range is halved wherever the counts
 * differ until a range is one page, whose ids are then read: one deletion in a million deals
 * costs about 25 searches, none when the counts agree. Each candidate is confirmed by a batch
 * read, so a deal the search index has not caught up with yet is never removed.
 */
export async function findRemovedDeals(ctx: SyncContext, hubspotTotal: number): Promise<string[]> {
  if (hubspotTotal >= (await ctx.store.dealCount(ctx.portalId))) return [];
  const mirroredIds = await ctx.store.dealIds(ctx.portalId);
  const candidates = await missingIn(ctx, mirroredIds, 0, mirroredIds.length - 1);
  if (candidates.length === 0) return [];
  const still = new Set((await ctx.client.batchReadDeals(candidates, ['hs_object_id'])).map((d) => d.id));
  return candidates.filter((id) => !still.has(id));
}

async function missingIn(ctx: SyncContext, ids: readonly string[], lo: number, hi: number): Promise<string[]> {
  if (lo > hi) return [];
  const lowId = ids[lo] as string;
  const highId = ids[hi] as string;
  const held = hi - lo + 1;
  if (held <= PAGE_SIZE) {
    const present = await idsInRange(ctx, lowId, highId);
    return ids.slice(lo, hi + 1).filter((id) => !present.has(id));
  }
  const total = (await ctx.client.searchPage('deals', countIn({ lowId, highId }))).total;
  if (total !== undefined && total >= held) return [];
  const mid = (lo + hi) >> 1;
  return [...(await missingIn(ctx, ids, lo, mid)), ...(await missingIn(ctx, ids, mid + 1, hi))];
}

/** Every id HubSpot's search holds in [lowId, highId]. */
export async function idsInRange(ctx: SyncContext, lowId: string, highId: string): Promise<Set<string>> {
  const present = new Set<string>();
  let afterId: string | null = null;
  for (;;) {
    const page = await ctx.client.searchPage('deals', idsIn(lowId, highId, afterId));
    page.results.forEach((d) => present.add(d.id));
    const last = page.results[page.results.length - 1];
    if (last === undefined || page.results.length < PAGE_SIZE) return present;
    afterId = last.id;
  }
}
