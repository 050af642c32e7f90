import fc from 'fast-check';
import { repsByGap } from '../../../extensions/pages/funnel/repsByGap';
import type { FunnelPair } from '../../../src/handlers/contracts/funnelHealth';
import { funnelFixture } from '../support/fixtures';

describe('repsByGap', () => {
  it('puts the rep furthest below a threshold first and reps without a gap last', () => {
    expect(repsByGap(funnelFixture.reps).map((r) => r.name)).toEqual(['Zhang Min', 'Li Wei', 'Wang Fang']);
  });

  it('is a permutation with gaps non-increasing and every null after every number (property)', () => {
    const rep = fc.record({
      ownerId: fc.string(),
      name: fc.string(),
      teamId: fc.constant<string | null>(null),
      pairs: fc.constant<FunnelPair[]>([]),
      worstGap: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(rep), (reps) => {
        const sorted = repsByGap(reps);
        expect(sorted).toHaveLength(reps.length);
        expect(new Set(sorted)).toEqual(new Set(reps));
        const gaps = sorted.map((r) => r.worstGap);
        const firstNull = gaps.indexOf(null);
        if (firstNull >= 0) expect(gaps.slice(firstNull).every((g) => g === null)).toBe(true);
        const numbers = gaps.filter((g): g is number => g !== null);
        numbers.forEach((g, i) => i > 0 && expect(g).toBeLessThanOrEqual(numbers[i - 1] ?? Infinity));
      }),
    );
  });
});
