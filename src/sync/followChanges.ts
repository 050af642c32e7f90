import type { CrmObject } from '../domain/snapshot';
import type { SyncCursor } from '../store/mirrorStore';
import { changeTime } from './changeTime';
import { forEachChangedPage } from './changedPages';
import { readDealsPage } from './readDealsPage';
import type { SyncContext } from './syncContext';
import { withCustomers } from './withCustomers';

/**
 * HubSpot's search index lags its writes by seconds (design.md "HubSpot facts"): a deal
 * changed just before the last cycle's read may not have been visible then. Each cycle
 * therefore reads again from this long before the newest change it has seen.
 */
export const DEFAULT_OVERLAP_MS = 120_000;

/** Changed deals stored together, with the cursor after the last: one associations read covers them all. */
const CHANGES_GROUP = 1_000;

/**
 * One incremental pass: every deal changed since the cursor (minus the overlap), oldest change
 * first, stored in groups of up to 1,000 with the cursor advanced to the newest change seen, in
 * one transaction each. A deal the overlap reads again unchanged (the same hs_lastmodifieddate
 * as the one held) is not a change and costs nothing more, so an idle
 * portal costs one search.
 */
export async function followChanges(ctx: SyncContext, start: SyncCursor, properties: string[], overlapMs: number): Promise<{ cursor: SyncCursor; changed: number }> {
  let cursor = start;
  let changed = 0;
  const group: CrmObject[] = [];
  const read = async (body: Parameters<typeof readDealsPage>[1]) => {
    const page = await readDealsPage(ctx, body);
    return { records: page.deals, after: page.after };
  };
  await forEachChangedPage(ctx, (cursor.modifiedThrough ?? 0) - overlapMs, read, properties, async (deals, last) => {
    cursor = { ...cursor, modifiedThrough: Math.max(cursor.modifiedThrough ?? 0, ...deals.map((d) => changeTime(d) ?? 0)) };
    group.push(...(await changedOnly(ctx, deals)));
    if (group.length === 0 || (!last && group.length < CHANGES_GROUP)) return;
    const changes = await withCustomers(ctx, group.splice(0));
    await ctx.store.applyDeals(ctx.portalId, { ...changes, removals: [], cursor });
    ctx.index.dealsChanged(changes.upserts, [], cursor, changes);
    changed += changes.upserts.length;
  });
  return { cursor, changed };
}

/**
 * The deals that differ from the ones held: new or modified since. (A column newly mirrored is
 * read by a backfill of every deal, never here.)
 */
async function changedOnly(ctx: SyncContext, deals: CrmObject[]): Promise<CrmObject[]> {
  if (deals.length === 0) return deals;
  const held = new Map((await ctx.store.storedRecords(ctx.portalId, 'deals', deals.map((d) => d.id))).map((d) => [d.id, d]));
  return deals.filter((d) => {
    const before = held.get(d.id);
    return before === undefined || before.properties.hs_lastmodifieddate !== d.properties.hs_lastmodifieddate || d.archived === true;
  });
}
