import { companyWins } from '../domain/customerRecords';
import type { Company, Deal, LineItem } from '../domain/portal';
import type { CrmObject } from '../domain/snapshot';
import { toCompany } from '../domain/toCompany';
import { toLineItem } from '../domain/toLineItem';
import type { CustomerRecords } from '../store/mirrorStore';
import type { StringPool } from './compactDeal';
import { pooled } from './compactDeal';

/**
 * The mirrored companies and line items the index holds beside its deals, parsed once (a
 * company's `wins` are gathered from the deals when the portal is read), by id. A 1M-deal
 * portal has about half a million of each: held as HubSpot sent them and parsed again on every
 * read they would not fit beside the deals (docs/mirror.md).
 */
export interface HeldCustomers {
  companies: Map<string, Company>;
  lineItems: Map<string, LineItem>;
}

/**
 * Properties HubSpot adds to every record read, which no KPI reads (they read the lifted ones
 * and those the settings name): a million unique timestamps are not kept for nothing.
 */
const SYSTEM = new Set(['hs_object_id', 'hs_lastmodifieddate', 'createdate', 'hs_createdate']);
/** Values unique to each record: sharing them would only grow the pool. */
const UNIQUE = new Set(['name', 'amount', 'price', 'quantity']);

function compactProperties(raw: CrmObject, pool: StringPool): Record<string, string | null> {
  const kept: Record<string, string | null> = {};
  for (const name in raw.properties) {
    if (SYSTEM.has(name)) continue;
    const value = raw.properties[name] ?? null;
    kept[pooled(pool, name) as string] = UNIQUE.has(name) ? value : pooled(pool, value);
  }
  return kept;
}

const heldCompany = (raw: CrmObject, pool: StringPool): Company => toCompany({ id: raw.id, properties: compactProperties(raw, pool) }, null);

/** An unreadable amount is unknown (null) as in a snapshot; the parse's list of issues, which only the `kpi` commands print, is not kept. */
const heldLineItem = (raw: CrmObject, pool: StringPool): LineItem => toLineItem({ id: raw.id, properties: compactProperties(raw, pool) }, []);

export const emptyHeldCustomers = (): HeldCustomers => ({ companies: new Map(), lineItems: new Map() });

/** A sync step's (or the store's) companies and line items over the held ones: the newer answer wins, an archived one leaves. */
export function applyCustomers(held: HeldCustomers, changed: Partial<CustomerRecords> | undefined, pool: StringPool): void {
  for (const c of changed?.companies ?? []) {
    if (c.archived === true) held.companies.delete(c.id);
    else held.companies.set(c.id, heldCompany(c, pool));
  }
  for (const l of changed?.lineItems ?? []) {
    if (l.archived === true) held.lineItems.delete(l.id);
    else held.lineItems.set(l.id, heldLineItem(l, pool));
  }
}

/**
 * The companies (each with its won deals out of every held deal) and line items, as a
 * snapshot's are parsed (domain customerRecords), so that the mirror and a snapshot of the
 * same portal give the same customer KPIs.
 */
export function parsedCustomers(held: HeldCustomers, deals: readonly Deal[]): { companies: Company[]; lineItems: LineItem[] } {
  const wins = companyWins(deals);
  const companies: Company[] = [];
  for (const c of held.companies.values()) companies.push({ ...c, wins: wins === null ? null : (wins.get(c.id) ?? []) });
  return { companies, lineItems: [...held.lineItems.values()] };
}
