import type { CrmObject } from '../../src/domain/snapshot';
import type { CustomerRecords, MirrorStore } from '../../src/store/mirrorStore';

/** Every mirrored company and line item of a portal, ascending by id, read as the index reads them (forEachCustomer). */
export async function mirroredCustomers(store: MirrorStore, portalId: number): Promise<CustomerRecords> {
  const companies: CrmObject[] = [];
  const lineItems: CrmObject[] = [];
  await store.forEachCustomer(portalId, 'companies', (c) => companies.push(c));
  await store.forEachCustomer(portalId, 'line_items', (l) => lineItems.push(l));
  return { companies, lineItems };
}
