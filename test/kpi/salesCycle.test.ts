import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('sales_cycle_days (mean createdate → closedate of deals won in P)', () => {
  it("gives Ann (30 + 40 + 50) / 3 = 40 days", () => {
    expect(computeKpi('sales_cycle_days', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBeCloseTo(40, 10);
  });

  it('leaves out a deal without a create date and counts an import closed before creation as 0 days', () => {
    const won = (createdAt: number | null, closedAt: number) => deal({ ownerId: 'o', outcome: 'won', amount: 1, createdAt, closedAt });
    const data = portal({ owners: [owner('o')], deals: [won(at('2026-04-01'), at('2026-04-21')), won(null, at('2026-04-22')), won(at('2026-05-10'), at('2026-05-01'))] });
    // (20 + 0) / 2
    expect(computeKpi('sales_cycle_days', context(data, { subject: ownerSubject('o') })).actual).toBeCloseTo(10, 10);
  });

  it('has no cycle when nothing was won', () => {
    const ctx = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') });
    expect(computeKpi('sales_cycle_days', ctx).status).toBe('insufficient_data');
  });
});
