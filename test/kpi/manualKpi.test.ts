import type { ManualScore } from '../../src/domain/portal';
import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, BOB, NORTH, annAndBob } from './annAndBob';
import { context, ownerSubject, teamSubject } from './fixtures';

const scores: ManualScore[] = [
  { ownerId: ANN, key: 'csat', period: '2026-Q2', score: 80 },
  { ownerId: ANN, key: 'csat', period: '2026-Q1', score: 40 },
  { ownerId: ANN, key: 'nps', period: '2026-Q2', score: 10 },
  { ownerId: BOB, key: 'csat', period: '2026-Q2', score: 90, source: 'self' },
  { ownerId: BOB, key: 'csat', period: '2026-Q2', score: 70, source: 'manager' },
  { ownerId: BOB, key: 'csat', period: '2026-Q2', score: 60, source: 'customer' },
];

describe('manual:<key>', () => {
  it("reads Ann's Q2 csat of 80 and combines Bob's 360 scores to 74", () => {
    expect(computeKpi('manual:csat', context(annAndBob(), { subject: ownerSubject(ANN), manualScores: scores })).actual).toBe(80);
    expect(computeKpi('manual:csat', context(annAndBob(), { subject: ownerSubject(BOB), manualScores: scores })).actual).toBeCloseTo(74, 10);
  });

  it("gives the team the mean of its members' scores: (80 + 74) / 2", () => {
    expect(computeKpi('manual:csat', context(annAndBob(), { subject: teamSubject(NORTH), manualScores: scores })).actual).toBeCloseTo(77, 10);
  });

  it('is not_configured with no store and insufficient_data with no score', () => {
    expect(computeKpi('manual:csat', context(annAndBob(), { subject: ownerSubject(ANN), manualScores: null })).status).toBe('not_configured');
    const v = computeKpi('manual:compliance', context(annAndBob(), { subject: ownerSubject(ANN), manualScores: scores }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: 'no compliance score has been entered for 2026-Q2' });
  });
});
