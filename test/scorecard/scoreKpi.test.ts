import fc from 'fast-check';
import type { KpiId } from '../../src/kpi/catalog';
import { kpiMissing, kpiOk } from '../../src/kpi/kpiValue';
import type { KpiEntry } from '../../src/settings/settingsSchema';
import { scoreKpi } from '../../src/scorecard/scoreKpi';

const linear = (kpi: KpiId, target: number | null, floor = 0, cap = 1.5): KpiEntry => ({
  kpi,
  weight: 40,
  target,
  scoring: { type: 'linear', floor, cap },
});

describe('scoreKpi: linear scoring (kpi-spec §6)', () => {
  it('scores 90% attainment against a 100% target as 90', () => {
    expect(scoreKpi(kpiOk('revenue_attainment', 0.9), linear('revenue_attainment', 1), 1)).toBeCloseTo(90);
  });

  it('caps an overachiever at 150 and floors at the configured floor', () => {
    expect(scoreKpi(kpiOk('revenue_attainment', 2.4), linear('revenue_attainment', 1), 1)).toBeCloseTo(150);
    expect(scoreKpi(kpiOk('win_rate', 0.05), linear('win_rate', 0.25, 0.5), 0.25)).toBeCloseTo(50);
  });

  it('uses the target it is given (a quarter of 30 visits a month is 90), not the entry', () => {
    expect(scoreKpi(kpiOk('activity_count', 45), linear('activity_count', 30), 90)).toBeCloseTo(50);
  });

  it('scores a lower-is-better KPI as target / actual: a 60-day cycle against 45 days is 75', () => {
    expect(scoreKpi(kpiOk('sales_cycle_days', 60), linear('sales_cycle_days', 45), 45)).toBeCloseTo(75);
    expect(scoreKpi(kpiOk('expense_ratio', 0.05), linear('expense_ratio', 0.1), 0.1)).toBeCloseTo(150);
  });

  it('gives the cap to a lower-is-better KPI at zero (no expense at all)', () => {
    expect(scoreKpi(kpiOk('expense_ratio', 0), linear('expense_ratio', 0.1, 0, 1.2), 0.1)).toBeCloseTo(120);
  });

  it('lets a negative growth rate fall to the floor instead of going negative', () => {
    expect(scoreKpi(kpiOk('growth_rate', -0.2), linear('growth_rate', 0.1), 0.1)).toBe(0);
  });

  it('drops out (null) without data, without a target, or with a target of 0', () => {
    const entry = linear('collection_rate', 0.95);
    expect(scoreKpi(kpiMissing('collection_rate', 'not_configured', 'map collected amount'), entry, 0.95)).toBeNull();
    expect(scoreKpi(kpiOk('revenue_per_rep', 50000), linear('revenue_per_rep', null), null)).toBeNull();
    expect(scoreKpi(kpiOk('growth_rate', 0.1), linear('growth_rate', 0), 0)).toBeNull();
  });

  it('stays between floor×100 and cap×100 for any actual and positive target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.constantFrom<KpiId>('win_rate', 'expense_ratio', 'sales_cycle_days', 'manual:csat'),
        (actual, target, kpi) => {
          const score = scoreKpi(kpiOk(kpi, actual), linear(kpi, target, 0.2, 1.3), target);
          expect(score).not.toBeNull();
          expect(score as number).toBeGreaterThanOrEqual(20 - 1e-9);
          expect(score as number).toBeLessThanOrEqual(130 + 1e-9);
        },
      ),
    );
  });
});

describe('scoreKpi: band scoring (kpi-spec §6)', () => {
  const bands: KpiEntry = {
    kpi: 'activity_count',
    weight: 5,
    target: null,
    scoring: {
      type: 'bands',
      bands: [
        { from: 40, score: 120 },
        { from: 20, score: 80 },
        { from: 30, score: 100 },
      ],
    },
  };

  it('takes the highest band whose lower bound is not above the actual', () => {
    expect(scoreKpi(kpiOk('activity_count', 35), bands, null)).toBe(100);
    expect(scoreKpi(kpiOk('activity_count', 40), bands, null)).toBe(120);
    expect(scoreKpi(kpiOk('activity_count', 20), bands, null)).toBe(80);
  });

  it('gives 0 below the lowest band, and null without data', () => {
    expect(scoreKpi(kpiOk('activity_count', 12), bands, null)).toBe(0);
    expect(scoreKpi(kpiMissing('activity_count', 'not_configured', 'no meetings'), bands, null)).toBeNull();
  });
});
