import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, ANN_QUOTA, BOB, NORTH, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal, teamSubject } from './fixtures';

describe('revenue_attainment (won in P / target for P)', () => {
  it("gives Ann 60,000 / 75,000 = 80% against a quarter of her 300,000 year", () => {
    const v = computeKpi('revenue_attainment', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas: ANN_QUOTA } }));
    expect(v).toEqual({ id: 'revenue_attainment', status: 'ok', actual: 0.8, reason: null });
  });

  it('gives Bob 30,000 / 60,000 = 50% against his HubSpot goals', () => {
    const v = computeKpi('revenue_attainment', context(annAndBob(), { subject: ownerSubject(BOB) }));
    expect(v.actual).toBeCloseTo(0.5, 10);
  });

  it('is not_configured, with the reason, when there is no target', () => {
    const v = computeKpi('revenue_attainment', context(annAndBob(), { subject: ownerSubject(ANN) }));
    expect(v.status).toBe('not_configured');
    expect(v.reason).toContain('no target for ann in 2026-Q2');
  });

  it('is insufficient_data, never a lower number, when a won deal has no amount', () => {
    const data = portal({
      owners: [owner('o')],
      deals: [
        deal({ ownerId: 'o', outcome: 'won', amount: 10_000, closedAt: at('2026-04-10') }),
        deal({ ownerId: 'o', outcome: 'won', amount: null, closedAt: at('2026-05-10') }),
      ],
    });
    const v = computeKpi('revenue_attainment', context(data, { subject: ownerSubject('o'), settings: { quotas: [{ ownerId: 'o', period: '2026-Q2', amount: 50_000, split: 'even' }] } }));
    expect(v.status).toBe('insufficient_data');
    expect(v.reason).toBe('1 of 2 deals won in 2026-Q2 have no amount; fill them in to count this KPI');
  });
});

describe('team_attainment (Σ team won / Σ team targets)', () => {
  it("sums the members' targets when the team has none: 90,000 / 135,000", () => {
    const v = computeKpi('team_attainment', context(annAndBob(), { subject: teamSubject(NORTH), settings: { quotas: ANN_QUOTA } }));
    expect(v.actual).toBeCloseTo(2 / 3, 10);
  });

  it('uses the team quota when the settings give one: 90,000 / 150,000 = 60%', () => {
    const quotas = [...ANN_QUOTA, { teamId: 't1', period: '2026-Q2', amount: 150_000, split: 'even' as const }];
    const v = computeKpi('team_attainment', context(annAndBob(), { subject: teamSubject(NORTH), settings: { quotas } }));
    expect(v.actual).toBeCloseTo(0.6, 10);
  });

  it("shows a rep their team's attainment", () => {
    const v = computeKpi('team_attainment', context(annAndBob(), { subject: ownerSubject(BOB), settings: { quotas: ANN_QUOTA } }));
    expect(v.actual).toBeCloseTo(2 / 3, 10);
  });

  it('is not_configured for an owner in no team, and names the member without a target', () => {
    const loner = portal({ owners: [owner('o')], deals: [] });
    expect(computeKpi('team_attainment', context(loner, { subject: ownerSubject('o') })).status).toBe('not_configured');
    const v = computeKpi('team_attainment', context(annAndBob(), { subject: teamSubject(NORTH) }));
    expect(v.status).toBe('not_configured');
    expect(v.reason).toContain('no target for ann');
  });
});

describe('collection_attainment (collected on deals won in P / target)', () => {
  it('needs the collected amount mapped', () => {
    const v = computeKpi('collection_attainment', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas: ANN_QUOTA } }));
    expect(v.status).toBe('not_configured');
  });

  it('gives Ann 38,000 / 75,000', () => {
    const mapping = { collectedAmount: 'collected', grossMargin: null, expense: null, forecastAmount: null, segment: null };
    const v = computeKpi('collection_attainment', context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas: ANN_QUOTA, propertyMapping: mapping } }));
    expect(v.actual).toBeCloseTo(38_000 / 75_000, 10);
  });
});
