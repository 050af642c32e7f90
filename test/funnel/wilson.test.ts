import fc from 'fast-check';
import { wilsonInterval } from '../../src/funnel/wilson';

const rounded = (ci: [number, number]): number[] => ci.map((x) => Math.round(x * 10000) / 10000);

describe('wilsonInterval (kpi-spec §5 confidence, 95%)', () => {
  it('gives 5 of 10 the interval 23.66%–76.34%', () => {
    expect(rounded(wilsonInterval(5, 10))).toEqual([0.2366, 0.7634]);
  });

  it("matches Newcombe's (1998) published Wilson intervals", () => {
    expect(rounded(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
    expect(rounded(wilsonInterval(15, 148))).toEqual([0.0624, 0.1605]);
    expect(rounded(wilsonInterval(0, 20))).toEqual([0, 0.1611]);
    expect(rounded(wilsonInterval(1, 29))).toEqual([0.0061, 0.1718]);
  });

  it('stays inside [0, 1] at 0 of n and n of n, unlike the normal interval', () => {
    expect(rounded(wilsonInterval(0, 10))).toEqual([0, 0.2775]);
    expect(rounded(wilsonInterval(10, 10))).toEqual([0.7225, 1]);
  });

  it('knows nothing about zero deals', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('refuses counts that are not a proportion', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });

  it('always holds the observed rate and narrows as n grows at the same rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const successes = Math.round(share * n);
        const [lo, hi] = wilsonInterval(successes, n);
        const rate = successes / n;
        expect(0 <= lo && lo <= rate && rate <= hi && hi <= 1).toBe(true);
        const [lo4, hi4] = wilsonInterval(successes * 4, n * 4);
        expect(hi4 - lo4).toBeLessThanOrEqual(hi - lo + 1e-12);
      }),
    );
  });
});
