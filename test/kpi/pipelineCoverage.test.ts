import fc from 'fast-check';
import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, ANN_QUOTA, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal } from './fixtures';

const MID_Q2 = at('2026-05-15');

describe('pipeline_coverage (open closing in P / (target − won so far))', () => {
  it('gives Ann 60,000 open over a 15,000 gap = 4', () => {
    const v = computeKpi('pipeline_coverage', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas: ANN_QUOTA }, now: MID_Q2 }));
    expect(v.actual).toBeCloseTo(4, 10);
  });

  it('says the target is met instead of dividing by a gap of 0 or less', () => {
    const quotas = [{ ownerId: ANN, period: '2026-Q2', amount: 50_000, split: 'even' as const }];
    const v = computeKpi('pipeline_coverage', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas }, now: MID_Q2 }));
    expect(v.status).toBe('not_applicable');
    expect(v.reason).toContain('already met (won 60000 of 50000)');
  });

  it('needs a target and every open amount', () => {
    expect(computeKpi('pipeline_coverage', context(annAndBob(), { subject: ownerSubject(ANN), now: MID_Q2 })).status).toBe('not_configured');
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', amount: null, closedAt: at('2026-05-01') })] });
    const quotas = [{ ownerId: 'o', period: '2026-Q2', amount: 10_000, split: 'even' as const }];
    expect(computeKpi('pipeline_coverage', context(data, { subject: ownerSubject('o'), settings: { quotas }, now: MID_Q2 })).reason).toBe('1 of 1 open deals closing in 2026-Q2 have no amount');
  });

  it('is not applicable once the period has ended, whatever is still open', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 1_000_000 }), (daysAfter, target) => {
        const quotas = [{ ownerId: ANN, period: '2026-Q2', amount: target, split: 'even' as const }];
        const v = computeKpi('pipeline_coverage', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas }, now: at('2026-07-01') + daysAfter * 86_400_000 }));
        expect(v.status).toBe('not_applicable');
        expect(v.actual).toBeNull();
      }),
      { numRuns: 30 },
    );
  });
});
