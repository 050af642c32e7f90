import fc from 'fast-check';
import { GENERAL_POLICY, RateLimiter, SEARCH_POLICY } from '../../src/emulator/rateLimiter';

describe('RateLimiter', () => {
  it('lets 5 searches through in a second and tells the sixth to wait until the first leaves the window', () => {
    let now = 10_000;
    const limiter = new RateLimiter(() => now);
    const decisions = [0, 100, 200, 300, 400].map((offset) => {
      now = 10_000 + offset;
      return limiter.take('t', SEARCH_POLICY);
    });
    expect(decisions.map((d) => d.allowed && d.remaining)).toEqual([4, 3, 2, 1, 0]);
    now = 10_600;
    expect(limiter.take('t', SEARCH_POLICY)).toEqual({ allowed: false, retryAfterMs: 400 });
    now = 11_000;
    expect(limiter.take('t', SEARCH_POLICY)).toEqual({ allowed: true, remaining: 0 });
  });

  it('keeps tokens and policies apart', () => {
    const limiter = new RateLimiter(() => 0);
    for (let i = 0; i < 5; i += 1) limiter.take('a', SEARCH_POLICY);
    expect(limiter.take('a', SEARCH_POLICY).allowed).toBe(false);
    expect(limiter.take('b', SEARCH_POLICY).allowed).toBe(true);
    expect(limiter.take('a', GENERAL_POLICY).allowed).toBe(true);
  });

  it('never lets more than max requests through within any window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }), (gaps) => {
        let now = 0;
        const limiter = new RateLimiter(() => now);
        const allowed: number[] = [];
        for (const gap of gaps) {
          now += gap;
          if (limiter.take('t', SEARCH_POLICY).allowed) allowed.push(now);
        }
        for (let i = SEARCH_POLICY.max; i < allowed.length; i += 1) {
          expect((allowed[i] ?? 0) - (allowed[i - SEARCH_POLICY.max] ?? 0)).toBeGreaterThanOrEqual(SEARCH_POLICY.intervalMs);
        }
      }),
    );
  });
});
