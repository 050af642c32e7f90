import fc from 'fast-check';
import { createRng, mulberry32 } from '../../../src/emulator/demo/prng';
import { creationPosition, creationShare } from '../../../src/emulator/demo/demoCreationTimes';

describe('the demo PRNG', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
    );
  });

  it('keeps int() inside its inclusive bounds and reaches both ends', () => {
    const rng = createRng(11);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('gives different streams of one seed different sequences', () => {
    const a = createRng(5, 1);
    const b = createRng(5, 2);
    expect([a.next(), a.next()]).not.toEqual([b.next(), b.next()]);
  });
});

describe('deal creation times', () => {
  it('places shares and positions as inverses, with more deals late than early', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        expect(creationShare(creationPosition(p))).toBeCloseTo(p, 9);
      }),
    );
    expect(creationShare(1)).toBeCloseTo(1, 12);
    expect(creationShare(1) - creationShare(0.5)).toBeGreaterThan(creationShare(0.5));
  });
});
