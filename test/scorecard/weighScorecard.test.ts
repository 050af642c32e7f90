import fc from 'fast-check';
import { apportionWeights } from '../../src/scorecard/apportionWeights';
import { weighScorecard } from '../../src/scorecard/weighScorecard';

describe('weighScorecard (kpi-spec §6 Total)', () => {
  it('weighs the default rep template when every KPI has data', () => {
    const rows = [
      { weight: 40, score: 90 },
      { weight: 15, score: 100 },
      { weight: 15, score: 80 },
      { weight: 15, score: 120 },
      { weight: 5, score: 150 },
      { weight: 10, score: 70 },
    ];
    const { applied, total } = weighScorecard(rows);
    expect(applied).toEqual([40, 15, 15, 15, 5, 10]);
    // 36 + 15 + 12 + 18 + 7.5 + 7 = 95.5
    expect(total).toBeCloseTo(95.5);
  });

  it('re-spreads the weight of an unmapped collection rate over the others', () => {
    const rows = [
      { weight: 40, score: 100 },
      { weight: 15, score: 100 },
      { weight: 15, score: 100 },
      { weight: 15, score: null },
      { weight: 5, score: 100 },
      { weight: 10, score: 100 },
    ];
    const { applied, total } = weighScorecard(rows);
    // 85 points left: exact shares 47.06, 17.65, 17.65, 5.88, 11.76; remainders go to the largest
    expect(applied).toEqual([47, 18, 17, 0, 6, 12]);
    expect(total).toBeCloseTo(100);
  });

  it('has no total when nothing has data, or only weight-0 KPIs do', () => {
    expect(weighScorecard([{ weight: 60, score: null }, { weight: 40, score: null }])).toEqual({ applied: [0, 0], total: null });
    expect(weighScorecard([{ weight: 100, score: null }, { weight: 0, score: 90 }]).total).toBeNull();
  });

  it('applies whole weights summing to exactly 100 for any subset with data', () => {
    const template = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(template, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (weights, present) => {
        fc.pre(weights.some((_, i) => present[i]));
        const rows = weights.map((weight, i) => ({ weight, score: present[i] ? 100 : null }));
        const { applied, total } = weighScorecard(rows);
        expect(applied.reduce((a, b) => a + b, 0)).toBe(100);
        applied.forEach((w, i) => {
          expect(Number.isInteger(w)).toBe(true);
          if (!present[i]) expect(w).toBe(0);
        });
        expect(total).toBeCloseTo(100);
      }),
    );
  });
});

describe('apportionWeights (largest remainder)', () => {
  it('gives each weight the floor or the ceiling of its exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }), (weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const applied = apportionWeights(weights);
        if (sum === 0) {
          expect(applied.every((w) => w === 0)).toBe(true);
          return;
        }
        expect(applied.reduce((a, b) => a + b, 0)).toBe(100);
        weights.forEach((w, i) => {
          const exact = (w * 100) / sum;
          expect(applied[i]).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(applied[i]).toBeLessThanOrEqual(Math.ceil(exact));
        });
      }),
    );
  });

  it('splits three equal weights 34/33/33, the first in line taking the odd point', () => {
    expect(apportionWeights([1, 1, 1])).toEqual([34, 33, 33]);
  });
});
