import fc from 'fast-check';
import { percentileInc } from '../../src/funnel/percentileInc';

describe("percentileInc (a spreadsheet's PERCENTILE.INC, kpi-spec §5 stage aging)", () => {
  it('matches the spreadsheet on hand-checked values', () => {
    expect(percentileInc([1, 2, 3, 4, 5], 0.8)).toBeCloseTo(4.2, 12);
    expect(percentileInc([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 12);
    expect(percentileInc([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 12);
    expect(percentileInc([3, 1, 2, 4, 5, 6, 7, 8, 9, 10], 0.8)).toBeCloseTo(8.2, 12);
  });

  it('gives the minimum at 0, the maximum at 1 and the value itself for one value', () => {
    expect(percentileInc([7, 3, 9], 0)).toBe(3);
    expect(percentileInc([7, 3, 9], 1)).toBe(9);
    expect(percentileInc([12.5], 0.8)).toBe(12.5);
  });

  it('does not reorder the caller’s list', () => {
    const days = [5, 1, 3];
    percentileInc(days, 0.5);
    expect(days).toEqual([5, 1, 3]);
  });

  it('is unknown for no values and refuses a percentile outside 0–1', () => {
    expect(percentileInc([], 0.8)).toBeNull();
    expect(() => percentileInc([1], 1.2)).toThrow(RangeError);
    expect(() => percentileInc([1], Number.NaN)).toThrow(RangeError);
  });

  it('lies between the smallest and largest value and never falls as p rises', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });
    const p = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(values, p, p, (xs, a, b) => {
        const lo = percentileInc(xs, Math.min(a, b)) as number;
        const hi = percentileInc(xs, Math.max(a, b)) as number;
        expect(lo).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(hi).toBeLessThanOrEqual(Math.max(...xs));
        expect(lo).toBeLessThanOrEqual(hi + 1e-9 * Math.max(1, Math.abs(hi)));
      }),
    );
  });
});
