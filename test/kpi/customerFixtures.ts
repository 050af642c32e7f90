import { companyWins } from '../../src/domain/customerRecords';
import type { Company, LineItem, PortalData } from '../../src/domain/portal';
import { at, deal, owner, portal } from './fixtures';

/** A portal's companies, each with the won deals the portal's deals give it (as portalFromSnapshot does). */
export function withCompanies(data: PortalData, companies: { id: string; properties?: Record<string, string | null> }[], lineItems: LineItem[] | null = null): PortalData {
  const wins = companyWins(data.deals);
  const parsed: Company[] = companies.map((c) => ({
    id: c.id,
    name: c.id,
    lifecycleStage: 'customer',
    ownerId: null,
    properties: c.properties ?? {},
    wins: wins === null ? null : (wins.get(c.id) ?? []),
  }));
  return { ...data, companies: parsed, lineItems };
}

export const lineItem = (id: string, amount: number | null, productId: string | null, properties: Record<string, string | null> = {}): LineItem => ({
  id,
  productId,
  name: id,
  quantity: 1,
  price: amount,
  amount,
  properties,
});

export const ANN = 'ann';
export const BOB = 'bob';

/**
 * Ann's customers (docs/kpis.md, "Customers and products", the worked example):
 * acme bought from her in Q1 and again in Q2; globex first bought in Q2; initech bought from
 * Bob in 2025 and from Ann in Q2; umbrella bought in Q1 only. Tiers: acme and globex A,
 * initech B. Line items: acme's Q2 deal 6,000 core + 4,000 add-on, globex's 20,000 core,
 * initech's 30,000 of services (product line "cloud").
 */
export function annsCustomers(): PortalData {
  const won = { outcome: 'won' as const, createdAt: at('2025-10-01') };
  const data = portal({
    owners: [owner(ANN), owner(BOB)],
    deals: [
      deal({ ...won, id: 'acme-q1', ownerId: ANN, amount: 5_000, closedAt: at('2026-01-10'), companyIds: ['acme'], lineItemIds: [] }),
      deal({ ...won, id: 'acme-q2', ownerId: ANN, amount: 10_000, closedAt: at('2026-04-15'), companyIds: ['acme'], lineItemIds: ['li1', 'li2'] }),
      deal({ ...won, id: 'globex-q2', ownerId: ANN, amount: 20_000, closedAt: at('2026-05-01'), companyIds: ['globex'], lineItemIds: ['li3'] }),
      deal({ ...won, id: 'initech-2025', ownerId: BOB, amount: 7_000, closedAt: at('2025-11-01'), companyIds: ['initech'], lineItemIds: [] }),
      deal({ ...won, id: 'initech-q2', ownerId: ANN, amount: 30_000, closedAt: at('2026-06-01'), companyIds: ['initech'], lineItemIds: ['li4'] }),
      deal({ ...won, id: 'umbrella-q1', ownerId: ANN, amount: 8_000, closedAt: at('2026-02-01'), companyIds: ['umbrella'], lineItemIds: [] }),
      deal({ id: 'lost-q2', ownerId: ANN, outcome: 'lost', amount: 9_000, closedAt: at('2026-05-05'), companyIds: [], lineItemIds: [] }),
    ],
  });
  return withCompanies(
    data,
    [
      { id: 'acme', properties: { tier: 'A' } },
      { id: 'globex', properties: { tier: 'A' } },
      { id: 'initech', properties: { tier: 'B' } },
      { id: 'umbrella', properties: { tier: null } },
    ],
    [lineItem('li1', 6_000, 'p-core'), lineItem('li2', 4_000, 'p-addon'), lineItem('li3', 20_000, 'p-core'), lineItem('li4', 30_000, 'p-service', { product_line: 'cloud' })],
  );
}
