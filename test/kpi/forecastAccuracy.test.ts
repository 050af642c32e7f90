import type { FrozenForecast } from '../../src/domain/frozenForecast';
import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, NORTH, annAndBob } from './annAndBob';
import { MAPPED, at, context, deal, owner, ownerSubject, portal, teamSubject } from './fixtures';

const Q2_START = Date.parse('2026-04-01T07:00:00Z');
const frozen = (subjectKind: FrozenForecast['subjectKind'], subjectId: string, amount: number, period = '2026-Q2'): FrozenForecast => ({
  subjectKind,
  subjectId,
  period,
  amount,
  frozenAt: Q2_START,
  source: 'weighted_pipeline',
});
const mapped = { propertyMapping: MAPPED, forecastSource: 'mapped_property' as const };

describe('forecast_accuracy over a forecast frozen at period start (1 − |actual − forecast| / actual, clamped at 0)', () => {
  it('gives Ann 1 − |60,000 − 48,000| / 60,000 = 80% against the 48,000 frozen on 1 April, with the forecast beside it', () => {
    const row = frozen('owner', ANN, 48_000);
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), frozenForecasts: [row, frozen('owner', ANN, 1, '2026-Q1')] }));
    expect(v.actual).toBeCloseTo(0.8, 10);
    expect(v.forecast).toEqual({ amount: 48_000, frozen: [row] });
  });

  it('judges team North (won 90,000) on its own frozen forecast, not its members’', () => {
    const rows = [frozen('team', 't1', 100_000), frozen('owner', ANN, 1)];
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject: teamSubject(NORTH), frozenForecasts: rows }));
    expect(v.actual).toBeCloseTo(1 - 10_000 / 90_000, 10);
  });

  it('judges a manager of two teams on the sum of both frozen forecasts, and on nothing when one is missing', () => {
    const subject = { kind: 'team' as const, id: 't1', ownerIds: ['ann', 'bob'], teamIds: ['t1', 't2'] };
    const both = computeKpi('forecast_accuracy', context(annAndBob(), { subject, frozenForecasts: [frozen('team', 't1', 60_000), frozen('team', 't2', 45_000)] }));
    expect(both.actual).toBeCloseTo(1 - 15_000 / 90_000, 10);
    const one = computeKpi('forecast_accuracy', context(annAndBob(), { subject, frozenForecasts: [frozen('team', 't1', 60_000)] }));
    expect(one).toMatchObject({ status: 'insufficient_data', reason: 'no forecast was frozen for team t2 at the start of 2026-Q2; an admin can enter one in the settings' });
  });

  it('judges the department on the portal’s forecast', () => {
    const subject = { kind: 'portal' as const, id: null, ownerIds: ['ann', 'bob'], teamIds: ['t1'] };
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject, frozenForecasts: [frozen('portal', 'portal', 81_000)] }));
    expect(v.actual).toBeCloseTo(0.9, 10);
  });

  it('waits for the period to end, and says the numbers so far', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN), frozenForecasts: [frozen('owner', ANN, 48_000)], now: at('2026-06-21') });
    expect(computeKpi('forecast_accuracy', ctx)).toMatchObject({
      status: 'insufficient_data',
      reason: '2026-Q2 has not ended; judged when it closes (won so far 60000, forecast 48000)',
      forecast: { amount: 48_000 },
    });
  });

  it('is insufficient without a frozen forecast, and not_configured where no store keeps them', () => {
    expect(computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN) }))).toMatchObject({
      status: 'insufficient_data',
      reason: 'no forecast was frozen for owner ann at the start of 2026-Q2; an admin can enter one in the settings',
    });
    expect(computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), frozenForecasts: null })).status).toBe('not_configured');
  });

  it('clamps a forecast three times the actual at 0', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 10_000, closedAt: at('2026-04-10') })] });
    expect(computeKpi('forecast_accuracy', context(data, { subject: ownerSubject('o'), frozenForecasts: [frozen('owner', 'o', 30_000)] })).actual).toBe(0);
  });
});

describe('forecast_accuracy with the mapped property as the source', () => {
  it('sums the property when nothing was frozen: Ann 1 − |60,000 − 57,000| / 60,000 = 95%', () => {
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), settings: mapped }));
    expect(v.actual).toBeCloseTo(0.95, 10);
    expect(v.forecast).toEqual({ amount: 57_000, frozen: [] });
  });

  it('prefers the forecast frozen at period start over the property read today', () => {
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), settings: mapped, frozenForecasts: [frozen('owner', ANN, 48_000)] }));
    expect(v.actual).toBeCloseTo(0.8, 10);
  });

  it('is not_configured unmapped, and insufficient with no forecast or nothing won', () => {
    expect(computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), settings: { forecastSource: 'mapped_property' } })).status).toBe('not_configured');
    const lostOnly = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'lost', amount: 1, forecastAmount: 5_000, closedAt: at('2026-04-10') })] });
    expect(computeKpi('forecast_accuracy', context(lostOnly, { subject: ownerSubject('o'), settings: mapped })).reason).toBe('nothing was won in 2026-Q2; accuracy against 0 is undefined');
    const noForecast = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o'), settings: mapped });
    expect(computeKpi('forecast_accuracy', noForecast).reason).toBe('no deal closing in 2026-Q2 has a forecast amount');
  });
});
