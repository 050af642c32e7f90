import type { CustomerProperties } from '../crm/readCustomers';
import type { CrmObject } from '../domain/snapshot';
import type { SyncCursor } from '../store/mirrorStore';
import { changeTime } from './changeTime';
import { forEachChangedPage } from './changedPages';
import type { SyncContext } from './syncContext';
import { latestChange } from './syncQueries';

type CustomerKind = 'companies' | 'line_items';
const KINDS: readonly CustomerKind[] = ['companies', 'line_items'];

/** Where each customer feed starts: the newest change HubSpot holds of each kind (its clock, not ours). */
export async function customersStartingNow(ctx: SyncContext): Promise<NonNullable<SyncCursor['customersModifiedThrough']>> {
  const newest = async (kind: CustomerKind) => changeTime((await ctx.client.searchPage(kind, latestChange())).results[0]) ?? ctx.clock();
  const [companies, lineItems] = await Promise.all([newest('companies'), newest('line_items')]);
  return { companies, line_items: lineItems };
}

/**
 * The mirrored companies and line items changed in HubSpot on their own (a company's tier or
 * owner, a won deal's line item repriced), read by search on hs_lastmodifieddate from each
 * kind's cursor minus the overlap. Only records the mirror holds are kept: the rest belong to
 * no mirrored deal, and a deal that gains one reads it with its own change. Costs one search
 * per kind when nothing changed.
 */
export async function followCustomerChanges(ctx: SyncContext, start: SyncCursor, properties: CustomerProperties, overlapMs: number): Promise<SyncCursor> {
  let cursor = start;
  if (cursor.customersModifiedThrough === undefined) {
    cursor = { ...cursor, customersModifiedThrough: await customersStartingNow(ctx) };
    await ctx.store.applyDeals(ctx.portalId, { upserts: [], removals: [], cursor });
    return cursor;
  }
  for (const kind of KINDS) cursor = await followKind(ctx, cursor, kind, kind === 'companies' ? properties.company : properties.lineItem, overlapMs);
  return cursor;
}

async function followKind(ctx: SyncContext, start: SyncCursor, kind: CustomerKind, properties: string[], overlapMs: number): Promise<SyncCursor> {
  let cursor = start;
  const through = () => cursor.customersModifiedThrough as NonNullable<SyncCursor['customersModifiedThrough']>;
  const read = async (body: Parameters<typeof ctx.client.searchPage>[1]) => {
    const page = await ctx.client.searchPage(kind, body);
    return { records: page.results, after: page.paging?.next?.after };
  };
  await forEachChangedPage(ctx, through()[kind] - overlapMs, read, properties, async (records) => {
    const newest = Math.max(through()[kind], ...records.map((r) => changeTime(r) ?? 0));
    cursor = { ...cursor, customersModifiedThrough: { ...through(), [kind]: newest } };
    const held = await heldAmong(ctx, kind, records);
    if (held.length === 0) return;
    const changes = kind === 'companies' ? { companies: held } : { lineItems: held };
    await ctx.store.applyDeals(ctx.portalId, { upserts: [], removals: [], cursor, ...changes });
    ctx.index.dealsChanged([], [], cursor, changes);
  });
  return cursor;
}

/** The records the mirror holds, as changed since it read them (the overlap reads some again unchanged). */
async function heldAmong(ctx: SyncContext, kind: CustomerKind, records: CrmObject[]): Promise<CrmObject[]> {
  if (records.length === 0) return [];
  const held = new Map((await ctx.store.storedRecords(ctx.portalId, kind, records.map((r) => r.id))).map((r) => [r.id, r]));
  return records.filter((r) => {
    const before = held.get(r.id);
    return before !== undefined && before.properties.hs_lastmodifieddate !== r.properties.hs_lastmodifieddate;
  });
}
