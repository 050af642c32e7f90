import { readCustomers } from '../crm/readCustomers';
import type { CrmObject } from '../domain/snapshot';
import type { DealChanges } from '../store/mirrorStore';
import { heldRecordsIn } from './heldRecords';
import type { SyncContext } from './syncContext';

/**
 * The changed deals of one sync step with their companies and line items, so that they are
 * stored in the same transaction: associations are batch read for these deals only (1,000 a
 * request), never for the whole portal, and only the customers the mirror does not hold yet
 * are read, which keeps a cycle's cost to its changes.
 */
export async function withCustomers(ctx: SyncContext, deals: CrmObject[]): Promise<Pick<DealChanges, 'upserts' | 'companies' | 'lineItems'>> {
  const live = deals.filter((d) => d.archived !== true);
  if (ctx.customers === undefined || live.length === 0) return { upserts: deals };
  const properties = await ctx.customers();
  const read = await readCustomers(ctx.client, live, properties, heldRecordsIn(ctx, properties));
  const byId = new Map(read.deals.map((d) => [d.id, d]));
  return { upserts: deals.map((d) => byId.get(d.id) ?? d), companies: read.companies, lineItems: read.lineItems };
}
