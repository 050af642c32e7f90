import { runUnderLease } from '../../src/server/runUnderLease';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqliteStore';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SCAN = 'alert-scan:4242';

/** Real time: the renewal is a timer, so the lease's clock is the wall clock here. */
let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ path: ':memory:', now: Date.now });
});
afterEach(() => store.close());

const terms = (holder: string, keepAfter = false) => ({ leases: store.leases, name: SCAN, holder, ttlMs: 150, keepAfter });

describe('runUnderLease', () => {
  it('runs the work on the backend that gets the lease and tells the other who has it', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      await sleep(50);
      return 'scanned';
    };
    const [a, b] = await Promise.all([runUnderLease(terms('backend-a'), work), runUnderLease(terms('backend-b'), work)]);
    expect(runs).toBe(1);
    expect([a, b]).toEqual([{ ran: true, value: 'scanned' }, { ran: false, heldBy: 'backend-a' }]);
  });

  it('keeps the lease through work longer than its term by renewing it', async () => {
    const seen: (string | null)[] = [];
    await runUnderLease(terms('backend-a'), async () => {
      for (let i = 0; i < 4; i++) {
        await sleep(100);
        seen.push((await store.leases.current(SCAN))?.holder ?? null);
      }
      expect(await runUnderLease(terms('backend-b'), async () => 'twice')).toEqual({ ran: false, heldBy: 'backend-a' });
    });
    expect(seen).toEqual(['backend-a', 'backend-a', 'backend-a', 'backend-a']);
  });

  it('releases the lease after the work, or keeps it to the end of its term when asked', async () => {
    await runUnderLease(terms('backend-a'), async () => undefined);
    expect(await store.leases.current(SCAN)).toBeNull();
    await runUnderLease(terms('backend-a', true), async () => undefined);
    expect((await runUnderLease(terms('backend-b'), async () => undefined)).ran).toBe(false);
    await sleep(160);
    expect((await runUnderLease(terms('backend-b'), async () => undefined)).ran).toBe(true);
  });

  it('releases the lease when the work fails, and passes the failure on', async () => {
    await expect(runUnderLease(terms('backend-a'), async () => Promise.reject(new Error('HubSpot is down')))).rejects.toThrow('HubSpot is down');
    expect(await store.leases.current(SCAN)).toBeNull();
  });

  it('hands the job on within one term when the holder died without releasing', async () => {
    // backend-a took the lease and then its process was killed: nobody renews it.
    await store.leases.acquire({ name: SCAN, holder: 'backend-a', ttlMs: 150 });
    expect((await runUnderLease(terms('backend-b'), async () => 'taken over')).ran).toBe(false);
    await sleep(160);
    expect(await runUnderLease(terms('backend-b'), async () => 'taken over')).toEqual({ ran: true, value: 'taken over' });
  });

  it('tells the run when another backend took the lease from under it', async () => {
    const lost: string[] = [];
    await runUnderLease({ ...terms('backend-a'), onLost: (m) => void lost.push(m) }, async () => {
      await store.leases.release(SCAN, 'backend-a');
      await store.leases.acquire({ name: SCAN, holder: 'backend-b', ttlMs: 10_000 });
      await sleep(120);
    });
    expect(lost[0]).toMatch(/held by backend-b/);
    expect((await store.leases.current(SCAN))?.holder).toBe('backend-b');
  });
});
