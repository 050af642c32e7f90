import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HubSpotRecords } from '../../src/crm/crmClient';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { dumpSnapshot } from '../../src/crm/dumpSnapshot';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { leasedSyncStep } from '../../src/server/leasedSyncStep';
import type { SyncLoop } from '../../src/sync/syncLoop';
import { startSyncLoop } from '../../src/sync/syncLoop';
import type { KpiStore } from '../../src/store/kpiStore';
import type { LeaseStore } from '../../src/store/leaseStore';
import { openSqliteStore } from '../../src/store/sqliteStore';
import { createPortalSync } from '../../src/sync/portalSync';
import { AS_OF, demoSnapshot } from '../handlers/handlerFixture';
import { describeOnPostgres, freshPgSchemas } from '../store/pgTestDb';
import { openPgStore } from '../../src/store/pgStore';
import { setValues } from '../sync/syncHarness';

const snapshot = demoSnapshot(900, 12);
const PORTAL = snapshot.portal.id;
const SYNC = `sync:${PORTAL}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a killed process does to its lease: nothing any more; every call it would make fails. */
function killable(leases: LeaseStore): { leases: LeaseStore; kill(): void } {
  let dead = false;
  const guard = <A extends unknown[], R>(f: (...args: A) => Promise<R>) => (...args: A): Promise<R> => (dead ? Promise.reject(new Error('the process is dead')) : f(...args));
  return {
    leases: { acquire: guard(leases.acquire), renew: guard(leases.renew), release: guard(leases.release), current: guard(leases.current) },
    kill: () => void (dead = true),
  };
}

async function until(what: string, check: () => Promise<boolean>, ms = 50_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

/**
 * Two backends sync one portal into one store under the sync lease: the holder is killed in the
 * middle of the backfill, and the other takes the sync over from the stored cursor, ending with
 * exactly the portal's deals, none lost and none twice.
 */
function syncHandover(name: string, openTwo: () => Promise<[KpiStore, KpiStore]>): void {
  describe(name, () => {
    let crm: RunningEmulator;
    beforeAll(async () => {
      crm = await createCrmEmulator(snapshot, { limits: false, now: () => AS_OF }).listen(0);
    });
    afterAll(() => crm.close());

    it('hands the sync of a killed backend to the other, losing and doubling no deal', async () => {
      const [storeA, storeB] = await openTwo();
      const loops: SyncLoop[] = [];
      try {
        const gateway = () => {
          let virtual = AS_OF;
          return createCrmGateway({ accessToken: DEMO_TOKEN, basePath: crm.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms), cacheTtlMs: 0 });
        };
        const a = gateway();
        const b = gateway();
        const leaseA = killable(storeA.leases);
        let pages = 0;
        // Backend A dies after its third page: the page in flight is never stored.
        const dying: HubSpotRecords = {
          ...a.records,
          searchPage: (type, body) => {
            if (++pages <= 3) return a.records.searchPage(type, body);
            leaseA.kill();
            return new Promise(() => undefined);
          },
        };
        const sync = (store: KpiStore, client: HubSpotRecords) => createPortalSync({ client, store: store.mirror, portalId: PORTAL, clock: () => AS_OF, mapping: async () => EMPTY_MAPPING });
        const terms = { portalId: PORTAL, ttlMs: 400 };
        const syncA = sync(storeA, dying);
        // A's loop is never stopped: its process is gone, its run hangs on a request nobody answers.
        startSyncLoop(syncA, 100, () => undefined, leasedSyncStep({ ...terms, leases: leaseA.leases, holder: 'backend-a' }, syncA));
        await until('backend A holds the sync', async () => (await storeB.leases.current(SYNC))?.holder === 'backend-a');
        const syncB = sync(storeB, b.records);
        loops.push(startSyncLoop(syncB, 100, () => undefined, leasedSyncStep({ ...terms, leases: storeB.leases, holder: 'backend-b' }, syncB)));

        await until('backend B has the whole portal', async () => syncB.status().state === 'ready');
        // A stored three pages and died on the fourth.
        expect(pages).toBe(4);
        expect((await storeA.leases.current(SYNC))?.holder).toBe('backend-b');
        expect(syncA.status().deals).toBeLessThan(900);
        const live = (await dumpSnapshot(b, { mapping: EMPTY_MAPPING, fallbackPortal: snapshot.portal })).deals;
        const mirrored = (await storeA.mirror.load(PORTAL)).deals;
        expect(new Set(mirrored.map((d) => d.id)).size).toBe(mirrored.length);
        expect(mirrored.map((d) => d.id)).toEqual(live.map((d) => d.id));
        expect(setValues(mirrored, live)).toEqual(setValues(live));
      } finally {
        for (const loop of loops) await loop.stop();
        await storeA.close();
        await storeB.close();
      }
    }, 60_000);
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

syncHandover('two backends on one SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-handover-'));
  dirs.push(dir);
  const path = join(dir, 'kpi.sqlite');
  return [openSqliteStore({ path, now: Date.now }), openSqliteStore({ path, now: Date.now })];
});

describeOnPostgres('two backends on one PostgreSQL database', (url) => {
  const schemas = freshPgSchemas(url);
  syncHandover('the sync lease', async () => {
    const schema = await schemas();
    return [await openPgStore({ url, schema, now: Date.now, max: 3 }), await openPgStore({ url, schema, now: Date.now, max: 3 })];
  });
});
