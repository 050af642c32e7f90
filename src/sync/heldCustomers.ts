import { customerRecords } from '../domain/customerRecords';
import type { Company, Deal, LineItem } from '../domain/portal';
import type { CrmObject } from '../domain/snapshot';
import type { CustomerRecords } from '../store/mirrorStore';

/** The mirrored companies and line items the index holds beside its deals, as HubSpot sent them, by id. */
export interface HeldCustomers {
  companies: Map<string, CrmObject>;
  lineItems: Map<string, CrmObject>;
}

export const heldCustomersOf = (records: CustomerRecords): HeldCustomers => ({
  companies: new Map(records.companies.map((c) => [c.id, c])),
  lineItems: new Map(records.lineItems.map((l) => [l.id, l])),
});

/** A sync step's companies and line items over the held ones: the newer answer wins. */
export function applyCustomers(held: HeldCustomers, changed: Partial<CustomerRecords> | undefined): void {
  for (const c of changed?.companies ?? []) held.companies.set(c.id, c);
  for (const l of changed?.lineItems ?? []) held.lineItems.set(l.id, l);
}

/**
 * The companies (each with its won deals out of every held deal) and line items, parsed as a
 * snapshot's are (domain customerRecords), so that the mirror and a snapshot of the same
 * portal give the same customer KPIs.
 */
export function parsedCustomers(held: HeldCustomers, deals: readonly Deal[]): { companies: Company[] | null; lineItems: LineItem[] | null } {
  return customerRecords([...held.companies.values()], [...held.lineItems.values()], deals, []);
}
