import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, NORTH, annAndBob } from './annAndBob';
import { APRIL_2026, context, ownerSubject, teamSubject } from './fixtures';

describe('activity_count (meetings in P)', () => {
  it('counts 3 for Ann in Q2 (not her 31 March meeting), 5 for the team, 1 for Ann in April', () => {
    expect(computeKpi('activity_count', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBe(3);
    expect(computeKpi('activity_count', context(annAndBob(), { subject: teamSubject(NORTH) })).actual).toBe(5);
    expect(computeKpi('activity_count', context(annAndBob(), { subject: ownerSubject(ANN), period: APRIL_2026 })).actual).toBe(1);
  });

  it('is not_configured when meetings were not read, and 0 when there are none', () => {
    expect(computeKpi('activity_count', context(annAndBob({ meetings: null }), { subject: ownerSubject(ANN) })).status).toBe('not_configured');
    expect(computeKpi('activity_count', context(annAndBob({ meetings: [] }), { subject: ownerSubject(ANN) })).actual).toBe(0);
  });
});
