import type { RateLimits } from '../../src/crm/portalLimiter';
import { CrmError } from '../../src/crm/crmError';
import { pgPortalLimiter } from '../../src/store/pgPortalLimiter';
import type { PgStore } from '../../src/store/pgStore';
import { openPgStore } from '../../src/store/pgStore';
import { describeOnPostgres, freshPgSchemas } from './pgTestDb';
import { manualClock } from './settingsStoreContract';

const PORTAL = 4242;

/** Most grants in any span shorter than the window by `slackMs` (the time between the database's grant and our clock reading it). */
function busiestWindow(grants: number[], windowMs: number, slackMs: number): number {
  const sorted = [...grants].sort((x, y) => x - y);
  return Math.max(0, ...sorted.map((t, i) => sorted.filter((u, j) => j >= i && u < t + windowMs - slackMs).length));
}

describeOnPostgres('the rate limiter shared through PostgreSQL', (url) => {
  const schemas = freshPgSchemas(url);
  let a: PgStore;
  let b: PgStore;
  beforeEach(async () => {
    const schema = await schemas();
    a = await openPgStore({ url, schema, now: manualClock().now, max: 2 });
    b = await openPgStore({ url, schema, now: manualClock().now, max: 2 });
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('keeps two backends together under the search limit: never more than 4 per 400 ms between them', async () => {
    const limits: RateLimits = { searchPerWindow: 4, searchWindowMs: 400, generalPerWindow: 100, generalWindowMs: 10_000 };
    const backends = [pgPortalLimiter(a.pool, PORTAL, limits), pgPortalLimiter(b.pool, PORTAL, limits)];
    const grants: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (backends[i % 2] as (typeof backends)[number]).acquire('search', { priority: 'background', deadline: null }).then(() => void grants.push(Date.now()))),
    );
    expect(grants).toHaveLength(20);
    // Our clock reads a grant when the awaiting code runs again, up to a busy event loop's delay
    // after the database gave it: a span 150 ms short of the window still shows any burst.
    expect(busiestWindow(grants, 400, 150)).toBeLessThanOrEqual(4);
    // 20 searches at 4 per window need at least 4 further windows after the first burst.
    expect(Math.max(...grants) - started).toBeGreaterThanOrEqual(4 * 400 - 25);
  });

  it('does not hold other requests to the search limit, but counts searches against the general one', async () => {
    const limits: RateLimits = { searchPerWindow: 1, searchWindowMs: 60_000, generalPerWindow: 3, generalWindowMs: 60_000 };
    const one = pgPortalLimiter(a.pool, PORTAL, limits);
    const other = pgPortalLimiter(b.pool, PORTAL, limits);
    await one.acquire('search');
    await other.acquire('general');
    await one.acquire('general');
    const soon = { priority: 'interactive' as const, deadline: Date.now() + 200 };
    await expect(other.acquire('general', soon)).rejects.toMatchObject({ kind: 'deadline_exceeded' });
    await expect(other.acquire('search', soon)).rejects.toThrow(CrmError);
  });

  it('serves a card on one backend before the sync waiting on another', async () => {
    const limits: RateLimits = { searchPerWindow: 2, searchWindowMs: 300, generalPerWindow: 100, generalWindowMs: 10_000 };
    const sync = pgPortalLimiter(a.pool, PORTAL, limits);
    const card = pgPortalLimiter(b.pool, PORTAL, limits);
    const order: string[] = [];
    const pages = Array.from({ length: 6 }, (_, i) => sync.acquire('search', { priority: 'background', deadline: null }).then(() => void order.push(`page ${i}`)));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const read = card.acquire('search', { priority: 'interactive', deadline: Date.now() + 5_000 }).then(() => void order.push('card'));
    await Promise.all([...pages, read]);
    // Two pages took the first window; the card takes the next slot, before the other four pages.
    expect(order.indexOf('card')).toBe(2);
  });

  it('refuses at once a card whose deadline comes before the next slot', async () => {
    const limits: RateLimits = { searchPerWindow: 1, searchWindowMs: 30_000, generalPerWindow: 100, generalWindowMs: 10_000 };
    const limiter = pgPortalLimiter(a.pool, PORTAL, limits);
    await limiter.acquire('search');
    const started = Date.now();
    await expect(limiter.acquire('search', { priority: 'interactive', deadline: Date.now() + 2_000 })).rejects.toMatchObject({ kind: 'deadline_exceeded' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps portals apart', async () => {
    const limits: RateLimits = { searchPerWindow: 1, searchWindowMs: 30_000, generalPerWindow: 100, generalWindowMs: 10_000 };
    await pgPortalLimiter(a.pool, PORTAL, limits).acquire('search');
    await expect(pgPortalLimiter(b.pool, PORTAL + 1, limits).acquire('search', { priority: 'interactive', deadline: Date.now() + 500 })).resolves.toBeUndefined();
    await expect(pgPortalLimiter(b.pool, PORTAL, limits).acquire('search', { priority: 'interactive', deadline: Date.now() + 500 })).rejects.toThrow(CrmError);
  });
});
