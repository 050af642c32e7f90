import type { CrmObject } from '../domain/snapshot';
import type { Settings } from '../settings/settingsSchema';
import { v3Associations } from './associationReads';
import type { HubSpotRecords } from './crmClient';

/** The company and line-item properties the customer and product KPIs read (kpi-spec §4). */
export interface CustomerProperties {
  company: string[];
  lineItem: string[];
}

const COMPANY_PROPERTIES = ['name', 'lifecyclestage', 'hubspot_owner_id'];
const LINE_ITEM_PROPERTIES = ['name', 'hs_product_id', 'quantity', 'price', 'amount'];

/** HubSpot's own properties plus a company property (key accounts) and a line-item property (strategic products). */
export function customerPropertiesWith(companyProperty: string | null, lineItemProperty: string | null): CustomerProperties {
  const extra = (base: string[], name: string | null) => (name && !base.includes(name) ? [...base, name] : base);
  return { company: extra(COMPANY_PROPERTIES, companyProperty), lineItem: extra(LINE_ITEM_PROPERTIES, lineItemProperty) };
}

/** These properties with one more company property (a segment's); the same list when it is already there or null. */
export function withCompanyProperty(properties: CustomerProperties, companyProperty: string | null): CustomerProperties {
  return companyProperty === null || properties.company.includes(companyProperty) ? properties : { ...properties, company: [...properties.company, companyProperty] };
}

/**
 * The properties the key-account and strategic-product settings name, and the company property
 * segments are cut by: naming a new one changes this list, which makes the mirror read the
 * companies again (the sync cursor keeps the list it read with).
 */
export const customerProperties = (settings: Pick<Settings, 'keyAccounts' | 'strategicProducts'> & Partial<Pick<Settings, 'segments'>>): CustomerProperties =>
  withCompanyProperty(customerPropertiesWith(settings.keyAccounts?.property ?? null, settings.strategicProducts?.property ?? null), settings.segments?.companyProperty ?? null);

export interface DealsWithCustomers {
  /** The deals with `associations.companies` and `associations.line_items` (empty lists when they have none). */
  deals: CrmObject[];
  /** The companies read (those not held already). */
  companies: CrmObject[];
  /** The won deals' line items read (product_mix_share reads no others), those not held already. */
  lineItems: CrmObject[];
}

const isWon = (deal: CrmObject): boolean => deal.properties.hs_is_closed_won === 'true';

/**
 * The ids among these a caller holds already, with every property wanted: such records are not
 * read again (the mirror keeps them fresh on their own change feed).
 */
export type HeldRecords = (objectType: 'companies' | 'line_items', ids: string[]) => Promise<Set<string>>;

const nothingHeld: HeldRecords = async () => new Set();

/**
 * The companies and line items of these deals: one associations batch read per 1,000 deals for
 * each of the two, then the companies and the won deals' line items not `held` already, 100 a
 * request. Costs nothing for an empty list, so a sync step that changed no deal asks HubSpot
 * nothing more. The records answered are those read now; held ones are left out.
 */
export async function readCustomers(client: HubSpotRecords, deals: readonly CrmObject[], properties: CustomerProperties, held: HeldRecords = nothingHeld): Promise<DealsWithCustomers> {
  if (deals.length === 0) return { deals: [], companies: [], lineItems: [] };
  const ids = deals.map((d) => d.id);
  // Two round trips whatever the size: both association reads together, then both record reads.
  const [companiesOf, linesOf] = await Promise.all([
    client.associations('deals', 'companies', ids),
    client.associations('deals', 'line_items', deals.filter(isWon).map((d) => d.id)),
  ]);
  const unheld = async (objectType: 'companies' | 'line_items', lists: Iterable<{ id: string }[]>) => {
    const all = [...new Set([...lists].flatMap((list) => list.map((r) => r.id)))];
    const known = all.length === 0 ? new Set<string>() : await held(objectType, all);
    return all.filter((id) => !known.has(id));
  };
  const [companyIds, lineItemIds] = await Promise.all([unheld('companies', companiesOf.values()), unheld('line_items', linesOf.values())]);
  const [companies, lineItems] = await Promise.all([
    companyIds.length === 0 ? [] : client.batchReadObjects('companies', companyIds, properties.company),
    lineItemIds.length === 0 ? [] : client.batchReadObjects('line_items', lineItemIds, properties.lineItem),
  ]);
  return {
    deals: deals.map((d) => ({ ...d, associations: { ...d.associations, ...v3Associations(companiesOf.get(d.id), isWon(d) ? linesOf.get(d.id) : null) } })),
    companies,
    lineItems,
  };
}
