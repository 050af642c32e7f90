import type { SyncCursor } from '../store/mirrorStore';
import { changeTime } from './changeTime';
import { readDealsPage } from './readDealsPage';
import type { SyncContext } from './syncContext';
import { SyncStopped } from './syncContext';
import { withCustomers } from './withCustomers';
import { PAGE_SIZE, backfillPage, latestChange } from './syncQueries';

/**
 * Pages every deal of the portal into the mirror by ascending id, one search per 200 deals
 * (ids continue past the 10,000 cap), the cursor saved with each page in the same transaction:
 * a restart or a kill resumes after the last page stored, so nothing is lost or read twice.
 * Before the first page it notes the portal's latest change, so the incremental sync that
 * follows picks up whatever changed while the backfill ran.
 */
export async function backfillDeals(ctx: SyncContext, start: SyncCursor, properties: string[], onPage: (cursor: SyncCursor) => Promise<unknown>): Promise<SyncCursor> {
  let cursor = start;
  if (cursor.backfillTotal === null) cursor = await noteLatestChange(ctx, cursor);
  // The next page is asked for as soon as this one's last id is known, so HubSpot's answer
  // travels while this page is being stored; a page asked for and not stored (a stop, a
  // failure) is simply asked for again by the next run, from the stored cursor.
  const ask = (afterId: string | null) => {
    const asked = readDealsPage(ctx, backfillPage(afterId, properties));
    asked.catch(() => undefined);
    return asked;
  };
  let pending = ask(cursor.backfillAfterId);
  for (;;) {
    if (ctx.stopping()) throw new SyncStopped();
    const page = await pending;
    const last = page.deals[page.deals.length - 1];
    const done = page.deals.length < PAGE_SIZE;
    if (!done) pending = ask(last?.id ?? cursor.backfillAfterId);
    const next: SyncCursor = done
      ? // A finished backfill has just compared every id, so the next reconcile is a full interval
        // away; the mirror is ready (lastSyncAt) once the run that started it ends.
        { ...cursor, phase: 'incremental', backfillAfterId: null, backfillTotal: null, dealProperties: properties, lastReconcileAt: ctx.clock() }
      : { ...cursor, backfillAfterId: last?.id ?? cursor.backfillAfterId };
    const changes = await withCustomers(ctx, page.deals);
    await ctx.store.applyDeals(ctx.portalId, { ...changes, removals: [], cursor: next });
    ctx.index.dealsChanged(changes.upserts, [], next, changes);
    await onPage(next);
    cursor = next;
    if (done) return cursor;
  }
}

async function noteLatestChange(ctx: SyncContext, cursor: SyncCursor): Promise<SyncCursor> {
  const page = await ctx.client.searchPage('deals', latestChange());
  const latest = changeTime(page.results[0]);
  // A re-read for new columns keeps the incremental cursor it already has.
  const modifiedThrough = cursor.modifiedThrough ?? latest ?? ctx.clock();
  const next: SyncCursor = { ...cursor, backfillTotal: page.total ?? page.results.length, modifiedThrough };
  await ctx.store.applyDeals(ctx.portalId, { upserts: [], removals: [], cursor: next });
  return next;
}
