import fc from 'fast-check';
import { respreadWeights } from '../../src/scorecard/respreadWeights';
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
    expect(total).toBeCloseTo(95.5, 10);
  });

  it('re-spreads in exact proportion: three live KPIs of the rep template get 57.14 / 21.43 / 21.43', () => {
    const rows = [
      { weight: 40, score: 100 },
      { weight: 15, score: 80 },
      { weight: 15, score: 120 },
      { weight: 15, score: null },
      { weight: 5, score: null },
      { weight: 10, score: null },
    ];
    const { applied, total } = weighScorecard(rows);
    expect(applied[0]).toBeCloseTo(400 / 7, 10);
    expect(applied[1]).toBe(applied[2]);
    expect(applied[1]).toBeCloseTo(150 / 7, 10);
    expect(applied.slice(3)).toEqual([0, 0, 0]);
    // (40 × 100 + 15 × 80 + 15 × 120) / 70 = 100
    expect(total).toBeCloseTo(100, 10);
  });

  it('has no total when nothing has data, or only weight-0 KPIs do', () => {
    expect(weighScorecard([{ weight: 60, score: null }, { weight: 40, score: null }])).toEqual({ applied: [0, 0], total: null });
    expect(weighScorecard([{ weight: 100, score: null }, { weight: 0, score: 90 }]).total).toBeNull();
  });

  const template = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 12 });
  const present = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });

  it('applies weights summing to 100, 0 for dropped KPIs, for any subset with data', () => {
    fc.assert(
      fc.property(template, present, (weights, has) => {
        fc.pre(weights.some((_, i) => has[i]));
        const { applied, total } = weighScorecard(weights.map((weight, i) => ({ weight, score: has[i] ? 100 : null })));
        expect(applied.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        applied.forEach((w, i) => {
          if (!has[i]) expect(w).toBe(0);
        });
        expect(total).toBeCloseTo(100, 9);
      }),
    );
  });

  it('keeps equal configured weights equal after any drop-out', () => {
    fc.assert(
      fc.property(template, present, fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 12, maxLength: 12 }), (weights, has, scores) => {
        const { applied } = weighScorecard(weights.map((weight, i) => ({ weight, score: has[i] ? (scores[i] ?? 0) : null })));
        weights.forEach((w, i) => {
          weights.forEach((v, j) => {
            if (w === v && has[i] && has[j]) expect(applied[i]).toBe(applied[j]);
          });
        });
      }),
    );
  });

  it('totals to Σ applied × score / 100 with the applied weights shown', () => {
    fc.assert(
      fc.property(template, present, fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 12, maxLength: 12 }), (weights, has, scores) => {
        fc.pre(weights.some((_, i) => has[i]));
        const rows = weights.map((weight, i) => ({ weight, score: has[i] ? (scores[i] ?? 0) : null }));
        const { applied, total } = weighScorecard(rows);
        const byApplied = rows.reduce((acc, row, i) => acc + ((applied[i] ?? 0) * (row.score ?? 0)) / 100, 0);
        expect(total).toBeCloseTo(byApplied, 9);
      }),
    );
  });
});

describe('respreadWeights', () => {
  it('keeps the proportions of the configured weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }), (weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        const applied = respreadWeights(weights);
        if (sum === 0) {
          expect(applied.every((w) => w === 0)).toBe(true);
          return;
        }
        weights.forEach((w, i) => expect(applied[i]).toBeCloseTo((w * 100) / sum, 9));
      }),
    );
  });

  it('splits three equal weights into equal thirds', () => {
    const [a, b, c] = respreadWeights([1, 1, 1]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a).toBeCloseTo(100 / 3, 12);
  });
});
