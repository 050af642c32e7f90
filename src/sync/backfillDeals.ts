import type { CrmObject } from '../domain/snapshot';
import type { SyncCursor } from '../store/mirrorStore';
import { changeTime } from './changeTime';
import { readDealsPage } from './readDealsPage';
import type { SyncContext } from './syncContext';
import { SyncStopped } from './syncContext';
import { customerColumns } from './customerColumns';
import { customersStartingNow } from './followCustomerChanges';
import { withCustomers } from './withCustomers';
import { PAGE_SIZE, backfillPage, latestChange } from './syncQueries';

/**
 * Pages every deal of the portal into the mirror by ascending id, one search per 200 deals
 * (ids continue past the 10,000 cap), the cursor saved with each page in the same transaction:
 * a restart or a kill resumes after the last page stored, so nothing is lost or read twice.
 * Before the first page it notes the portal's latest change, so the incremental sync that
 * follows picks up whatever changed while the backfill ran.
 */
/** Groups whose customers may still be being read while the next pages are asked for. */
const PAGES_AHEAD = 3;
/**
 * Deals stored together, with the cursor after the last: one associations read covers 1,000
 * deals, and the companies they share are read once, so the customers cost about two requests
 * a page instead of six and stay within HubSpot's general limit beside 5 searches a second.
 */
const CUSTOMERS_GROUP = 1_000;

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
  const customersRead = ctx.customers === undefined ? {} : { customerProperties: customerColumns(await ctx.customers()) };
  // Each group of pages is stored in order, with its customers, after the one before it;
  // reading a group's customers runs while the next pages are asked for, so the searches keep
  // their pace. A stop or a failure loses at most the groups not yet stored: the next run asks
  // for them again from the stored cursor.
  let stored: Promise<unknown> = Promise.resolve();
  const waiting: Promise<unknown>[] = [];
  const group: CrmObject[] = [];
  // Without customers there is nothing to share between pages: each is stored as it comes.
  const groupSize = ctx.customers === undefined ? PAGE_SIZE : CUSTOMERS_GROUP;
  for (;;) {
    if (ctx.stopping()) {
      await stored;
      throw new SyncStopped();
    }
    const page = await pending;
    const last = page.deals[page.deals.length - 1];
    const done = page.deals.length < PAGE_SIZE;
    if (!done) pending = ask(last?.id ?? cursor.backfillAfterId);
    const next: SyncCursor = done
      ? // A finished backfill has just compared every id, so the next reconcile is a full interval
        // away; the mirror is ready (lastSyncAt) once the run that started it ends.
        { ...cursor, phase: 'incremental', backfillAfterId: null, backfillTotal: null, dealProperties: properties, lastReconcileAt: ctx.clock(), ...customersRead }
      : { ...cursor, backfillAfterId: last?.id ?? cursor.backfillAfterId };
    group.push(...page.deals);
    if (!done && group.length < groupSize) {
      cursor = next;
      continue;
    }
    const enriched = withCustomers(ctx, group.splice(0));
    enriched.catch(() => undefined);
    const previous = stored;
    stored = previous.then(() => storePage(ctx, enriched, next, onPage));
    stored.catch(() => undefined);
    waiting.push(stored);
    // At most PAGES_AHEAD pages read and not yet stored: a failure stops the run within them.
    if (waiting.length > PAGES_AHEAD) await waiting.shift();
    cursor = next;
    if (done) {
      await stored;
      return cursor;
    }
  }
}

async function storePage(ctx: SyncContext, enriched: ReturnType<typeof withCustomers>, next: SyncCursor, onPage: (cursor: SyncCursor) => Promise<unknown>): Promise<void> {
  const changes = await enriched;
  await ctx.store.applyDeals(ctx.portalId, { ...changes, removals: [], cursor: next });
  ctx.index.dealsChanged(changes.upserts, [], next, changes);
  await onPage(next);
}

async function noteLatestChange(ctx: SyncContext, cursor: SyncCursor): Promise<SyncCursor> {
  const page = await ctx.client.searchPage('deals', latestChange());
  const latest = changeTime(page.results[0]);
  // A re-read for new columns keeps the incremental cursor it already has.
  const modifiedThrough = cursor.modifiedThrough ?? latest ?? ctx.clock();
  // The customers' own feeds start here too, so a company changed while the backfill runs is read after it.
  const customers = ctx.customers !== undefined && cursor.customersModifiedThrough === undefined ? { customersModifiedThrough: await customersStartingNow(ctx) } : {};
  const next: SyncCursor = { ...cursor, backfillTotal: page.total ?? page.results.length, modifiedThrough, ...customers };
  await ctx.store.applyDeals(ctx.portalId, { upserts: [], removals: [], cursor: next });
  return next;
}
