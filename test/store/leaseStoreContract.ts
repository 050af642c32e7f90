import fc from 'fast-check';
import type { LeaseStore } from '../../src/store/leaseStore';
import { manualClock } from './settingsStoreContract';

/** What a lease store factory hands the contract suite. */
export interface LeaseStoreHarness {
  leases: LeaseStore;
  close(): Promise<void>;
}

const TTL = 30_000;
const SYNC = 'sync:4242';

/**
 * The behaviour every LeaseStore has: at most one holder of a lease at any time on the store's
 * clock, handed on when it expires or is released. Given a factory opening a fresh, empty store.
 */
export function leaseStoreContract(open: (now: () => number) => Promise<LeaseStoreHarness>): void {
  let h: LeaseStoreHarness;
  let leases: LeaseStore;
  let clock: ReturnType<typeof manualClock>;
  beforeEach(async () => {
    clock = manualClock();
    h = await open(clock.now);
    leases = h.leases;
  });
  afterEach(async () => h.close());

  it('gives a free lease to the first backend to ask, until the term ends', async () => {
    const got = await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    expect(got).toEqual({ ok: true, value: { name: SYNC, holder: 'backend-a', expiresAt: clock.now() + TTL } });
    expect(await leases.current(SYNC)).toEqual({ name: SYNC, holder: 'backend-a', expiresAt: clock.now() + TTL });
  });

  it('refuses a second backend while the lease runs, naming the holder, and hands it over once it expired', async () => {
    await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    clock.advance(TTL - 1);
    const refused = await leases.acquire({ name: SYNC, holder: 'backend-b', ttlMs: TTL });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ kind: 'held', holder: 'backend-a', expiresAt: clock.now() + 1 }) });
    clock.advance(1);
    expect(await leases.current(SYNC)).toBeNull();
    const taken = await leases.acquire({ name: SYNC, holder: 'backend-b', ttlMs: TTL });
    expect(taken.ok && taken.value.holder).toBe('backend-b');
    // The backend that was paused past its term cannot renew over the new holder.
    const late = await leases.renew({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    expect(late).toEqual({ ok: false, error: expect.objectContaining({ kind: 'held', holder: 'backend-b' }) });
  });

  it('extends the holder\'s own lease on renew and on a repeated acquire', async () => {
    await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    clock.advance(20_000);
    expect((await leases.renew({ name: SYNC, holder: 'backend-a', ttlMs: TTL })).ok).toBe(true);
    clock.advance(20_000);
    const again = await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    expect(again.ok && again.value.expiresAt).toBe(clock.now() + TTL);
    expect((await leases.acquire({ name: SYNC, holder: 'backend-b', ttlMs: TTL })).ok).toBe(false);
  });

  it('frees the lease at once on release, and only for its holder', async () => {
    await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    await leases.release(SYNC, 'backend-b');
    expect((await leases.current(SYNC))?.holder).toBe('backend-a');
    await leases.release(SYNC, 'backend-a');
    expect(await leases.current(SYNC)).toBeNull();
    expect((await leases.renew({ name: SYNC, holder: 'backend-a', ttlMs: TTL })).ok ? null : 'refused').toBe('refused');
    expect((await leases.acquire({ name: SYNC, holder: 'backend-b', ttlMs: TTL })).ok).toBe(true);
  });

  it('keeps leases of different jobs and portals apart', async () => {
    await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL });
    expect((await leases.acquire({ name: 'alert-scan:4242', holder: 'backend-b', ttlMs: TTL })).ok).toBe(true);
    expect((await leases.acquire({ name: 'sync:4343', holder: 'backend-b', ttlMs: TTL })).ok).toBe(true);
  });

  it('gives a free lease to exactly one of five backends asking at once', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => leases.acquire({ name: SYNC, holder: `backend-${i}`, ttlMs: TTL })));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    expect((await leases.current(SYNC))?.holder).toBe(winners[0]?.ok ? winners[0].value.holder : undefined);
  });

  it('refuses a lease with no name, no holder or a term that is not a positive whole number of ms', async () => {
    for (const bad of [{ name: ' ' }, { holder: '' }, { ttlMs: 0 }, { ttlMs: 1.5 }, { ttlMs: Number.NaN }]) {
      const r = await leases.acquire({ name: SYNC, holder: 'backend-a', ttlMs: TTL, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await leases.current(SYNC)).toBeNull();
  });

  it('never has two holders: any sequence of asks, renewals, releases and waits matches a model', async () => {
    const step = fc.record({
      op: fc.constantFrom('acquire' as const, 'renew' as const, 'release' as const, 'wait' as const),
      who: fc.constantFrom('a', 'b', 'c'),
      ms: fc.integer({ min: 1, max: 2 * TTL }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const name = `job-${run++}`;
        let model: { holder: string; expiresAt: number } | null = null;
        for (const s of steps) {
          const live = model !== null && model.expiresAt > clock.now() ? model : null;
          if (s.op === 'wait') clock.advance(s.ms);
          else if (s.op === 'release') {
            await leases.release(name, s.who);
            if (model?.holder === s.who) model = null;
          } else {
            const r = await leases[s.op]({ name, holder: s.who, ttlMs: TTL });
            const allowed = s.op === 'acquire' ? live === null || live.holder === s.who : model?.holder === s.who;
            expect(r.ok).toBe(allowed);
            if (allowed) model = { holder: s.who, expiresAt: clock.now() + TTL };
          }
          const expected = model !== null && model.expiresAt > clock.now() ? { name, ...model } : null;
          expect(await leases.current(name)).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });
}
