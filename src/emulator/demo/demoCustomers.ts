import type { CrmObject } from '../../domain/snapshot';
import type { Rng } from './prng';

/** Company ids start here and line item ids after them, clear of the demo's deal ids. */
const COMPANY_ID_BASE = 50_000_000;
const LINE_ITEM_ID_BASE = 60_000_000;

/** The demo's product library (hs_product_id, name, product line); the admin's strategic picks come from it. */
export const DEMO_PRODUCTS = [
  { id: '9001', name: 'KPI Cloud licence', line: 'cloud' },
  { id: '9002', name: 'KPI Cloud add-on seats', line: 'cloud' },
  { id: '9003', name: 'Onboarding package', line: 'services' },
  { id: '9004', name: 'Premium support', line: 'services' },
  { id: '9005', name: 'On-premise licence', line: 'on_premise' },
] as const;

/** The company property the demo settings name for key accounts, and its values. */
export const DEMO_TIER_PROPERTY = 'customer_tier';
const TIERS = ['A', 'B', 'C'] as const;

/** The tier property as the demo portal defines it in HubSpot: a dropdown whose options carry labels, as a snapshot keeps it. */
export const DEMO_TIER_DEFINITION = {
  name: DEMO_TIER_PROPERTY,
  label: 'Customer tier',
  type: 'enumeration',
  fieldType: 'select',
  groupName: 'companyinformation',
  options: TIERS.map((tier) => ({ value: tier, label: `Tier ${tier}` })),
};

const NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Wonka', 'Soylent', '华为', '海尔', '美的', '长城', '星辰'];
const SUFFIXES = ['Ltd', 'Group', 'Co', '科技', '集团'];

export interface DemoCustomers {
  deals: CrmObject[];
  companies: CrmObject[];
  lineItems: CrmObject[];
}

/**
 * Companies for the demo's deals, each rep keeping a book of them so that customers buy again
 * (repeat purchases, retention), most with a tier (key accounts) and some without, one deal in
 * four hundred left without a company (a data problem to show); and 1–3 line items for each won deal
 * whose amounts add up to the deal's. Deals get HubSpot's v3 association shapes.
 */
export function demoCustomers(rng: Rng, deals: readonly CrmObject[]): DemoCustomers {
  const companies: CrmObject[] = [];
  const books = new Map<string, string[]>();
  const lineItems: CrmObject[] = [];
  const newCompany = (ownerId: string, createdate: string | null | undefined): string => {
    const id = String(COMPANY_ID_BASE + companies.length);
    const tier = rng.chance(0.8) ? rng.pick(TIERS) : null;
    companies.push({
      id,
      properties: { name: `${rng.pick(NAMES)} ${rng.pick(SUFFIXES)} ${companies.length + 1}`, lifecyclestage: 'customer', hubspot_owner_id: ownerId, createdate: createdate ?? null, [DEMO_TIER_PROPERTY]: tier },
    });
    return id;
  };
  const withAssociations = deals.map((deal) => {
    const ownerId = deal.properties.hubspot_owner_id ?? '';
    const book = books.get(ownerId) ?? [];
    books.set(ownerId, book);
    const associations: NonNullable<CrmObject['associations']> = {};
    if (!rng.chance(0.0025)) {
      const companyId = book.length > 0 && rng.chance(0.45) ? rng.pick(book) : newCompany(ownerId, deal.properties.createdate);
      if (!book.includes(companyId)) book.push(companyId);
      associations.companies = { results: [{ id: companyId, type: 'deal_to_company' }, { id: companyId, type: 'deal_to_company_unlabeled' }] };
    }
    if (deal.properties.hs_is_closed_won === 'true') associations.line_items = { results: linesOf(rng, deal, lineItems).map((id) => ({ id, type: 'deal_to_line_item' })) };
    return Object.keys(associations).length === 0 ? deal : { ...deal, associations };
  });
  return { deals: withAssociations, companies, lineItems };
}

/** 1–3 line items splitting the deal's amount (cents kept on the last), appended to `out`. */
function linesOf(rng: Rng, deal: CrmObject, out: CrmObject[]): string[] {
  const amount = Number(deal.properties.amount);
  if (!Number.isFinite(amount) || deal.properties.amount == null || deal.properties.amount === '') return [];
  const count = rng.int(1, 3);
  const ids: string[] = [];
  let left = amount;
  for (let i = 0; i < count; i++) {
    const product = rng.pick(DEMO_PRODUCTS);
    const lineAmount = i === count - 1 ? left : Math.round(amount * (0.2 + rng.next() * 0.3));
    left -= lineAmount;
    const id = String(LINE_ITEM_ID_BASE + out.length);
    out.push({
      id,
      properties: { name: product.name, hs_product_id: product.id, product_line: product.line, quantity: '1', price: String(lineAmount), amount: String(lineAmount), createdate: deal.properties.closedate ?? null },
    });
    ids.push(id);
  }
  return ids;
}
