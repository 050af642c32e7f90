import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, BOB, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('churn_rate_value (lost existing-business value / existing-business value closed in P)', () => {
  it('gives Ann 5,000 lost of 25,000 closed = 20%', () => {
    expect(computeKpi('churn_rate_value', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBeCloseTo(0.2, 10);
  });

  it('has no rate without existing business closed (Bob sells only new business)', () => {
    expect(computeKpi('churn_rate_value', context(annAndBob(), { subject: ownerSubject(BOB) })).status).toBe('insufficient_data');
  });

  it('waits for a lost deal with no type or an existing deal with no amount', () => {
    const untyped = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'lost', amount: 1, dealType: null, closedAt: at('2026-04-10') })] });
    expect(computeKpi('churn_rate_value', context(untyped, { subject: ownerSubject('o') })).reason).toBe('1 deals closed in 2026-Q2 have no deal type (new or existing business)');
    const noAmount = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'lost', dealType: 'existingbusiness', closedAt: at('2026-04-10') })] });
    expect(computeKpi('churn_rate_value', context(noAmount, { subject: ownerSubject('o') })).status).toBe('insufficient_data');
  });
});
