import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('new_business_share', () => {
  it('gives Ann 40,000 new of 60,000 won', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN) });
    expect(computeKpi('new_business_share', ctx).actual).toBeCloseTo(2 / 3, 10);
  });

  it('waits for the deal type instead of guessing it', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 5, dealType: null, closedAt: at('2026-04-10') })] });
    const ctx = context(data, { subject: ownerSubject('o') });
    expect(computeKpi('new_business_share', ctx)).toMatchObject({ status: 'insufficient_data', reason: '1 of 1 deals won in 2026-Q2 have no deal type (new or existing business)' });
  });

  it('has no share when nothing was won', () => {
    const ctx = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') });
    expect(computeKpi('new_business_share', ctx).status).toBe('insufficient_data');
  });
});
