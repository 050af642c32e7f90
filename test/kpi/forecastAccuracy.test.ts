import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { MAPPED, at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('forecast_accuracy (1 − |actual − forecast| / actual, clamped at 0)', () => {
  it('gives Ann 1 − |60,000 − 57,000| / 60,000 = 95% once Q2 has ended', () => {
    const v = computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN), settings: { propertyMapping: MAPPED } }));
    expect(v.actual).toBeCloseTo(0.95, 10);
  });

  it('waits for the period to end, and says the numbers so far', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN), settings: { propertyMapping: MAPPED }, now: at('2026-06-21') });
    expect(computeKpi('forecast_accuracy', ctx)).toMatchObject({
      status: 'insufficient_data',
      reason: '2026-Q2 has not ended; judged when it closes (won so far 60000, forecast 57000)',
    });
  });

  it('clamps a forecast three times the actual at 0', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 10_000, forecastAmount: 30_000, closedAt: at('2026-04-10') })] });
    expect(computeKpi('forecast_accuracy', context(data, { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } })).actual).toBe(0);
  });

  it('is not_configured unmapped, and insufficient with no forecast or nothing won', () => {
    expect(computeKpi('forecast_accuracy', context(annAndBob(), { subject: ownerSubject(ANN) })).status).toBe('not_configured');
    const lostOnly = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'lost', amount: 1, forecastAmount: 5_000, closedAt: at('2026-04-10') })] });
    const ctx = context(lostOnly, { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } });
    expect(computeKpi('forecast_accuracy', ctx).reason).toBe('nothing was won in 2026-Q2; accuracy against 0 is undefined');
    const noForecast = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } });
    expect(computeKpi('forecast_accuracy', noForecast).reason).toBe('no deal closing in 2026-Q2 has a forecast amount');
  });
});
