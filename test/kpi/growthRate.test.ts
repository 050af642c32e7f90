import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, BOB, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal, Q2_2026 } from './fixtures';

describe('growth_rate ((won in P − won before) / won before)', () => {
  it('compares with the same quarter last year by default: (60,000 − 12,500) / 12,500 = 3.8', () => {
    expect(computeKpi('growth_rate', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBeCloseTo(3.8, 10);
  });

  it('compares with the previous quarter when asked: (60,000 − 50,000) / 50,000 = 0.2', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN), settings: { growthComparison: 'previous_period' } });
    expect(computeKpi('growth_rate', ctx).actual).toBeCloseTo(0.2, 10);
  });

  it('has no growth from nothing', () => {
    const v = computeKpi('growth_rate', context(annAndBob(), { subject: ownerSubject(BOB) }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: 'nothing was won in 2025-Q2 to compare with' });
  });

  it('compares a quarter still running with the same span of last year, not the whole quarter', () => {
    // Q2 2026 so far (to 15 May): 30,000 won. Q2 2025 to 15 May: 20,000; the whole of Q2 2025: 80,000.
    const data = portal({
      owners: [owner('cy')],
      deals: [
        deal({ ownerId: 'cy', outcome: 'won', amount: 30_000, closedAt: at('2026-04-20') }),
        deal({ ownerId: 'cy', outcome: 'won', amount: 20_000, closedAt: at('2025-05-02') }),
        deal({ ownerId: 'cy', outcome: 'won', amount: 60_000, closedAt: at('2025-06-20') }),
      ],
    });
    const midQuarter = context(data, { subject: ownerSubject('cy'), period: Q2_2026, now: at('2026-05-15') });
    expect(computeKpi('growth_rate', midQuarter).actual).toBeCloseTo((30_000 - 20_000) / 20_000, 10);
    const afterQuarter = context(data, { subject: ownerSubject('cy'), period: Q2_2026, now: at('2026-08-01') });
    expect(computeKpi('growth_rate', afterQuarter).actual).toBeCloseTo((30_000 - 80_000) / 80_000, 10);
  });

  it('says when nothing was won in the same span of last year', () => {
    const data = portal({ owners: [owner('cy')], deals: [deal({ ownerId: 'cy', outcome: 'won', amount: 60_000, closedAt: at('2025-06-20') })] });
    const v = computeKpi('growth_rate', context(data, { subject: ownerSubject('cy'), period: Q2_2026, now: at('2026-05-15') }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: 'nothing was won in 2025-Q2 to the same day to compare with' });
  });
});
