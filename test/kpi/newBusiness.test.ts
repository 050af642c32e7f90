import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('new_business_share and new_customers', () => {
  it('gives Ann 40,000 new of 60,000 won, from 2 new customers', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN) });
    expect(computeKpi('new_business_share', ctx).actual).toBeCloseTo(2 / 3, 10);
    expect(computeKpi('new_customers', ctx).actual).toBe(2);
  });

  it('counts two deals with the same company as one customer', () => {
    const won = (companyIds: string[] | null) => deal({ ownerId: 'o', outcome: 'won', amount: 1, closedAt: at('2026-04-10'), companyIds });
    const data = portal({ owners: [owner('o')], deals: [won(['acme']), won(['acme']), won(['acme', 'globex']), won([]), won(null)] });
    // acme, globex, plus the two deals without a known company: 4
    expect(computeKpi('new_customers', context(data, { subject: ownerSubject('o') })).actual).toBe(4);
  });

  it('waits for the deal type instead of guessing it', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 5, dealType: null, closedAt: at('2026-04-10') })] });
    const ctx = context(data, { subject: ownerSubject('o') });
    expect(computeKpi('new_business_share', ctx)).toMatchObject({ status: 'insufficient_data', reason: '1 of 1 deals won in 2026-Q2 have no deal type (new or existing business)' });
    expect(computeKpi('new_customers', ctx).status).toBe('insufficient_data');
  });

  it('has no share but zero new customers when nothing was won', () => {
    const ctx = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') });
    expect(computeKpi('new_business_share', ctx).status).toBe('insufficient_data');
    expect(computeKpi('new_customers', ctx)).toMatchObject({ status: 'ok', actual: 0 });
  });
});
