import fc from 'fast-check';
import { createPortalLimiter } from '../../src/crm/portalLimiter';
import { createWindowLimiter, slidingWindow } from '../../src/crm/slidingWindowLimiter';
import { fakeTime } from './fakeTransport';

describe('the portal rate limiter', () => {
  it('lets a card burst 5 searches at once, then 5 more as each slot frees up, 15% slower than HubSpot counts', async () => {
    const time = fakeTime(10_000);
    const limiter = createPortalLimiter(time.clock, time.sleep);
    const granted: number[] = [];
    for (let i = 0; i < 12; i++) {
      await limiter.acquire('search');
      granted.push(time.clock() - 10_000);
    }
    expect(granted).toEqual([0, 0, 0, 0, 0, 1150, 1150, 1150, 1150, 1150, 2300, 2300]);
  });

  it('does not hold other requests to the search limit, only to 190 per 10 seconds', async () => {
    const time = fakeTime();
    const limiter = createPortalLimiter(time.clock, time.sleep);
    for (let i = 0; i < 190; i++) await limiter.acquire('general');
    expect(time.clock()).toBe(0);
    await limiter.acquire('general');
    expect(time.clock()).toBe(10_000);
  });

  it('counts searches against the general limit too', async () => {
    const time = fakeTime();
    const limiter = createPortalLimiter(time.clock, time.sleep, { searchPerWindow: 5, searchWindowMs: 1000, generalPerWindow: 7, generalWindowMs: 10_000 });
    for (let i = 0; i < 5; i++) await limiter.acquire('search');
    await limiter.acquire('general');
    await limiter.acquire('general');
    await limiter.acquire('search');
    expect(time.clock()).toBe(10_000);
  });

  it('serves concurrent callers in arrival order', async () => {
    const time = fakeTime();
    const limiter = createPortalLimiter(time.clock, time.sleep);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 8 }, (_, i) => limiter.acquire('search').then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('never grants more than the limit within any window, whatever the arrivals (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 50, max: 2000 }), fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 40 }), async (limit, windowMs, gaps) => {
        const time = fakeTime();
        const limiter = createWindowLimiter(time.clock, time.sleep);
        const w = slidingWindow(limit, windowMs);
        const grants: number[] = [];
        for (const gap of gaps) {
          await time.sleep(gap);
          await limiter.acquire([w]);
          grants.push(time.clock());
        }
        for (let i = limit; i < grants.length; i++) expect(grants[i]! - grants[i - limit]!).toBeGreaterThanOrEqual(windowMs);
      }),
    );
  });

  it('serves a waiting card before the sync pages queued ahead of it', async () => {
    const time = fakeTime();
    const limiter = createPortalLimiter(time.clock, time.sleep, { searchPerWindow: 1, searchWindowMs: 1000, generalPerWindow: 100, generalWindowMs: 1000 });
    const order: string[] = [];
    const background = { priority: 'background' as const, deadline: null };
    const sync = Array.from({ length: 3 }, (_, i) => limiter.acquire('search', background).then(() => order.push(`sync ${i}`)));
    const card = limiter.acquire('search', { priority: 'interactive', deadline: null }).then(() => order.push('card'));
    await Promise.all([...sync, card]);
    // The first page took the slot that was free; the card takes the next one.
    expect(order).toEqual(['sync 0', 'card', 'sync 1', 'sync 2']);
  });

  it('refuses at once a slot that could only come after the deadline, and serves the rest', async () => {
    const time = fakeTime();
    const limiter = createPortalLimiter(time.clock, time.sleep, { searchPerWindow: 1, searchWindowMs: 60_000, generalPerWindow: 100, generalWindowMs: 1000 });
    await limiter.acquire('search');
    const late = limiter.acquire('search', { priority: 'interactive', deadline: Date.now() + 5_000 });
    await expect(late).rejects.toMatchObject({ kind: 'deadline_exceeded' });
    expect(time.clock()).toBe(0);
    await limiter.acquire('search');
    expect(time.clock()).toBe(60_000);
  });
});
