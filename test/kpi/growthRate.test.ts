import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, BOB, annAndBob } from './annAndBob';
import { context, ownerSubject } from './fixtures';

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
});
