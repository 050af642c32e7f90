import type { SyncCursor } from '../store/mirrorStore';
import { changeTime } from './changeTime';
import { readDealsPage } from './readDealsPage';
import type { SyncContext } from './syncContext';
import { SyncStopped } from './syncContext';
import { withCustomers } from './withCustomers';
import { MAX_RESULTS, PAGE_SIZE, modifiedSince } from './syncQueries';

/**
 * HubSpot's search index lags its writes by seconds (design.md "HubSpot facts"): a deal
 * changed just before the last cycle's read may not have been visible then. Each cycle
 * therefore reads again from this long before the newest change it has seen.
 */
export const DEFAULT_OVERLAP_MS = 120_000;

/**
 * One incremental pass: every deal changed since the cursor (minus the overlap), oldest change
 * first, each page stored with the cursor advanced to its newest change in one transaction.
 * Past the 10,000 cap a query continues as a fresh one from the last change time seen. An idle
 * portal costs one search.
 */
export async function followChanges(ctx: SyncContext, start: SyncCursor, properties: string[], overlapMs: number): Promise<{ cursor: SyncCursor; changed: number }> {
  let cursor = start;
  let from = (cursor.modifiedThrough ?? 0) - overlapMs;
  let after: string | undefined;
  let changed = 0;
  for (;;) {
    if (ctx.stopping()) throw new SyncStopped();
    const page = await readDealsPage(ctx, modifiedSince(from, properties, after));
    const newest = Math.max(cursor.modifiedThrough ?? 0, ...page.deals.map((d) => changeTime(d) ?? 0));
    cursor = { ...cursor, modifiedThrough: newest };
    if (page.deals.length > 0) {
      const changes = await withCustomers(ctx, page.deals);
      await ctx.store.applyDeals(ctx.portalId, { ...changes, removals: [], cursor });
      ctx.index.dealsChanged(changes.upserts, [], cursor, changes);
      changed += page.deals.length;
    }
    if (page.after === undefined || page.deals.length === 0) break;
    if (Number(page.after) + PAGE_SIZE > MAX_RESULTS) {
      const lastChange = changeTime(page.deals[page.deals.length - 1]);
      // More than 10,000 deals changed in the same millisecond cannot be paged; the daily reconcile reads them.
      if (lastChange === null || lastChange <= from) break;
      from = lastChange;
      after = undefined;
    } else after = page.after;
  }
  return { cursor, changed };
}
