import type { CustomerProperties, HeldRecords } from '../crm/readCustomers';
import type { CrmObject } from '../domain/snapshot';
import type { SyncContext } from './syncContext';

/** Whether a stored record was read with every one of these properties (HubSpot sends a requested empty one as null). */
export const hasEvery = (record: CrmObject, properties: readonly string[]): boolean => properties.every((p) => p in record.properties);

/**
 * The companies and line items the mirror holds already, read with every property the settings
 * need: a sync step reads only the others. Held ones change through their own feed
 * (followCustomerChanges), so a step of 1,000 changed deals reads their associations and no
 * customer it already has; one read before a property was named is read again.
 */
export function heldRecordsIn(ctx: SyncContext, properties: CustomerProperties): HeldRecords {
  return async (objectType, ids) => {
    const wanted = objectType === 'companies' ? properties.company : properties.lineItem;
    const stored = await ctx.store.storedRecords(ctx.portalId, objectType, ids);
    return new Set(stored.filter((r) => hasEvery(r, wanted)).map((r) => r.id));
  };
}
