import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, BOB, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('win_rate (won / (won + lost), closed in P)', () => {
  it('gives Ann 3 of 5 and Bob 1 of 2', () => {
    expect(computeKpi('win_rate', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBeCloseTo(0.6, 10);
    expect(computeKpi('win_rate', context(annAndBob(), { subject: ownerSubject(BOB) })).actual).toBeCloseTo(0.5, 10);
  });

  it('counts a won deal without an amount (the rate needs no amount)', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: null, closedAt: at('2026-04-10') }), deal({ ownerId: 'o', outcome: 'lost', closedAt: at('2026-04-10') })] });
    expect(computeKpi('win_rate', context(data, { subject: ownerSubject('o') })).actual).toBe(0.5);
  });

  it('is insufficient_data, not 0%, with no closed deals', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', amount: 1_000, closedAt: at('2026-04-10') })] });
    expect(computeKpi('win_rate', context(data, { subject: ownerSubject('o') }))).toMatchObject({ status: 'insufficient_data', reason: 'no deals were closed in 2026-Q2' });
  });
});
