import { computeKpi } from '../../src/kpi/computeKpi';
import type { Settings } from '../../src/settings/settingsSchema';
import { Q1_2026, at, context, deal, owner, ownerSubject, portal } from './fixtures';
import { ANN, BOB, annsCustomers, withCompanies } from './customerFixtures';

const ann = (settings: Partial<Settings> = {}, data = annsCustomers()) => context(data, { subject: ownerSubject(ANN), settings });

describe('new_customers and repeat_purchase_rate', () => {
  it("counts globex alone as Ann's new customer in Q2: acme bought in Q1, initech from Bob in 2025", () => {
    expect(computeKpi('new_customers', ann())).toMatchObject({ status: 'ok', actual: 1 });
    expect(computeKpi('repeat_purchase_rate', ann()).actual).toBeCloseTo(2 / 3, 10);
  });

  it('counts acme and umbrella as new in Q1, where nobody had bought before', () => {
    const q1 = context(annsCustomers(), { subject: ownerSubject(ANN), period: Q1_2026 });
    expect(computeKpi('new_customers', q1).actual).toBe(2);
    expect(computeKpi('repeat_purchase_rate', q1)).toMatchObject({ status: 'ok', actual: 0 });
  });

  it('counts a company once however many deals it won in the period', () => {
    const won = (id: string) => deal({ id, ownerId: 'o', outcome: 'won', amount: 1, closedAt: at('2026-04-10'), companyIds: ['acme'] });
    const data = withCompanies(portal({ owners: [owner('o')], deals: [won('a'), won('b'), won('c')] }), [{ id: 'acme' }]);
    expect(computeKpi('new_customers', context(data, { subject: ownerSubject('o') })).actual).toBe(1);
  });

  it('names the won deals with no company instead of counting them as customers', () => {
    const data = annsCustomers();
    data.deals.push(deal({ ownerId: ANN, outcome: 'won', amount: 1, closedAt: at('2026-04-20'), companyIds: [] }));
    const again = withCompanies(data, [{ id: 'acme' }, { id: 'globex' }, { id: 'initech' }]);
    expect(computeKpi('new_customers', ann({}, again))).toMatchObject({
      status: 'insufficient_data',
      reason: '1 of 4 deals won in 2026-Q2 have no associated company; associate them to count this KPI',
    });
  });

  it('says the associations were not read rather than counting deals as customers', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 1, closedAt: at('2026-04-10') })] });
    expect(computeKpi('new_customers', context(data, { subject: ownerSubject('o') })).reason).toMatch(/^the companies of 1 of 1 deals won in 2026-Q2 were not read/);
  });

  it('has zero new customers but no repeat rate when nothing was won', () => {
    const ctx = context(withCompanies(portal({ owners: [owner('o')], deals: [] }), []), { subject: ownerSubject('o') });
    expect(computeKpi('new_customers', ctx)).toMatchObject({ status: 'ok', actual: 0 });
    expect(computeKpi('repeat_purchase_rate', ctx)).toMatchObject({ status: 'insufficient_data', reason: 'no customer bought in 2026-Q2' });
  });

  it("cannot tell new from repeat while one of a customer's won deals has no close date", () => {
    const data = annsCustomers();
    data.deals.push(deal({ id: 'undated', ownerId: BOB, outcome: 'won', amount: 1, closedAt: null, companyIds: ['globex'] }));
    const again = withCompanies(data, [{ id: 'acme' }, { id: 'globex' }, { id: 'initech' }]);
    expect(computeKpi('new_customers', ann({}, again)).reason).toBe('when 1 of 3 customers first bought is unknown (their deals were not all read, or a won deal has no close date)');
  });
});

describe('customer_retention_rate', () => {
  it('keeps acme of the two customers Ann had in Q1 (umbrella did not buy again): 50%', () => {
    expect(computeKpi('customer_retention_rate', ann({ growthComparison: 'previous_period' })).actual).toBe(0.5);
  });

  it('has nothing to compare with when Ann had no customers in 2025-Q2', () => {
    expect(computeKpi('customer_retention_rate', ann())).toMatchObject({ status: 'insufficient_data', reason: 'no customer bought in 2025-Q2 to compare with' });
  });
});

describe('key_account_share', () => {
  it('is not configured until the key-account property is set', () => {
    expect(computeKpi('key_account_share', ann()).status).toBe('not_configured');
  });

  it("gives acme's 10,000 and globex's 20,000 of Ann's 60,000 won: 50%", () => {
    expect(computeKpi('key_account_share', ann({ keyAccounts: { property: 'tier', values: ['A'] } })).actual).toBe(0.5);
    expect(computeKpi('key_account_share', ann({ keyAccounts: { property: 'tier', values: ['A', 'B'] } })).actual).toBe(1);
  });

  it('says so when the companies were read without the property', () => {
    const value = computeKpi('key_account_share', ann({ keyAccounts: { property: 'industry', values: ['SOFTWARE'] } }));
    expect(value).toMatchObject({ status: 'insufficient_data', reason: 'the companies of 3 of 3 deals won in 2026-Q2 were read without the property industry' });
  });
});

describe('customer_growth_rate', () => {
  it('is not configured without a target customer base', () => {
    expect(computeKpi('customer_growth_rate', ann())).toMatchObject({ status: 'not_configured', reason: "set the owner's target customer base for 2026-Q2 in the settings" });
  });

  it('divides 1 new customer by a target base of 4: 25%', () => {
    const value = computeKpi('customer_growth_rate', ann({ customerBaseTargets: [{ ownerId: ANN, period: '2026-Q2', customers: 4 }] }));
    expect(value).toMatchObject({ status: 'ok', actual: 0.25 });
  });
});

describe('product_mix_share', () => {
  it('is not configured until strategic products are named', () => {
    expect(computeKpi('product_mix_share', ann()).status).toBe('not_configured');
  });

  it('gives the core product 26,000 of 60,000 of line items won', () => {
    const value = computeKpi('product_mix_share', ann({ strategicProducts: { productIds: ['p-core'], property: null, values: [] } }));
    expect(value.actual).toBeCloseTo(26_000 / 60_000, 10);
  });

  it('counts the line items whose product line is cloud: 30,000 of 60,000', () => {
    const value = computeKpi('product_mix_share', ann({ strategicProducts: { productIds: [], property: 'product_line', values: ['cloud'] } }));
    expect(value.actual).toBe(0.5);
  });

  it('names won deals with no line items instead of reading them as no strategic sales', () => {
    const q1 = context(annsCustomers(), { subject: ownerSubject(ANN), period: Q1_2026, settings: { strategicProducts: { productIds: ['p-core'], property: null, values: [] } } });
    expect(computeKpi('product_mix_share', q1)).toMatchObject({
      status: 'insufficient_data',
      reason: '2 of 2 deals won in 2026-Q1 have no line items; add the products sold to count this KPI',
    });
  });
});
