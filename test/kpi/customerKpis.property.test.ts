import fc from 'fast-check';
import { computeKpi } from '../../src/kpi/computeKpi';
import type { KpiId } from '../../src/kpi/catalog';
import { Q1_2026, at, context, deal, owner, ownerSubject, portal } from './fixtures';
import { lineItem, withCompanies } from './customerFixtures';

const COMPANIES = ['c1', 'c2', 'c3', 'c4', 'c5'];
const DAYS = ['2025-12-20', '2026-01-15', '2026-02-28', '2026-03-30', '2026-04-02', '2026-05-15', '2026-06-29', '2026-07-03'];

const wonDeal = fc.record({
  owner: fc.constantFrom('o', 'other'),
  day: fc.constantFrom(...DAYS),
  companies: fc.uniqueArray(fc.constantFrom(...COMPANIES), { minLength: 1, maxLength: 3 }),
  lines: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 50_000 }), product: fc.constantFrom('p1', 'p2', 'p3') }), { minLength: 1, maxLength: 3 }),
  tier: fc.constantFrom('A', 'B', null),
});

const SHARES: KpiId[] = ['repeat_purchase_rate', 'customer_retention_rate', 'key_account_share', 'product_mix_share'];

describe('customer and product KPIs over any portal', () => {
  it('never count more customers than won deals, and keep every share in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(wonDeal, { maxLength: 25 }), fc.constantFrom(Q1_2026, { kind: 'quarter' as const, year: 2026, index: 2 }), (specs, period) => {
        let line = 0;
        const items = specs.map((s) => s.lines.map((l) => lineItem(`li${++line}`, l.amount, l.product)));
        const deals = specs.map((s, i) =>
          deal({ id: `d${i}`, ownerId: s.owner, outcome: 'won', amount: s.lines.reduce((sum, l) => sum + l.amount, 0), closedAt: at(s.day), companyIds: s.companies, lineItemIds: items[i]?.map((l) => l.id) ?? [] }),
        );
        const tiers = new Map(specs.flatMap((s) => s.companies.map((c) => [c, s.tier] as const)));
        const data = withCompanies(portal({ owners: [owner('o'), owner('other')], deals }), COMPANIES.map((id) => ({ id, properties: { tier: tiers.get(id) ?? null } })), items.flat());
        const ctx = context(data, {
          subject: ownerSubject('o'),
          period,
          settings: { growthComparison: 'previous_period', keyAccounts: { property: 'tier', values: ['A'] }, strategicProducts: { productIds: ['p1'], property: null, values: [] } },
        });
        const start = period.index === 1 ? at('2026-01-01T00:00:00Z') : at('2026-04-01T00:00:00Z');
        const inPeriod = deals.filter((d) => d.ownerId === 'o' && (d.closedAt as number) >= start && (d.closedAt as number) < start + 90 * 86_400_000);
        const wonInPeriod = inPeriod.length;
        const customers = new Set(inPeriod.map((d) => d.companyIds?.[0])).size;
        const fresh = computeKpi('new_customers', ctx);
        expect(fresh.status).toBe('ok');
        expect(fresh.actual).toBeLessThanOrEqual(customers);
        expect(customers).toBeLessThanOrEqual(wonInPeriod);
        const repeat = computeKpi('repeat_purchase_rate', ctx);
        if (customers === 0) expect(repeat.status).toBe('insufficient_data');
        else expect(repeat.actual).toBeCloseTo((customers - (fresh.actual as number)) / customers, 10);
        for (const id of SHARES) {
          const value = computeKpi(id, ctx);
          if (value.status === 'ok') {
            expect(value.actual).toBeGreaterThanOrEqual(0);
            expect(value.actual).toBeLessThanOrEqual(1);
          } else expect(value.status).toBe('insufficient_data');
        }
      }),
    );
  });
});
