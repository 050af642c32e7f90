import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { PortalData } from '../../src/domain/portal';
import type { Snapshot } from '../../src/domain/snapshot';
import { DEMO_ADMIN_USER_ID, DEMO_DIRECTOR_OWNER_ID, LEAKY_TEAM_ID, demoManagerOwnerId } from '../../src/emulator/demo/demoRoster';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import type { Viewer } from '../../src/handlers/contracts/common';
import type { SnapshotCrmPort } from '../../src/crm/crmPortFromSnapshot';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import type { CrmPort } from '../../src/crm/crmPort';
import type { HandlerDeps, SystemRunner } from '../../src/handlers/handlerDeps';
import type { HandlerResult } from '../../src/handlers/handlerResult';
import type { Settings } from '../../src/settings/settingsSchema';
import type { SqliteStore } from '../../src/store/sqliteStore';
import { openSqliteStore } from '../../src/store/sqliteStore';

/** The demo's "today": Monday 23 November 2026, so the current quarter is 2026-Q4 (Asia/Shanghai). */
export const AS_OF = Date.parse('2026-11-23T02:00:00.000Z');
export const PORTAL_ID = DEMO_PORTAL.id;

export function demoSnapshot(deals = 8000, seed = 3): Snapshot {
  const parsed = parseSnapshot(generateDemoSnapshot({ deals, seed, asOf: AS_OF }));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function demoData(deals = 8000, seed = 3): PortalData {
  return portalFromSnapshot(demoSnapshot(deals, seed)).data;
}

/** The people of the demo portal by what they are; ids are fixed by the roster's slots. */
export const PEOPLE = {
  director: { ownerId: DEMO_DIRECTOR_OWNER_ID, userId: 51_000_001 },
  admin: { ownerId: '71000002', userId: DEMO_ADMIN_USER_ID },
  eastManager: { ownerId: demoManagerOwnerId(0), userId: 51_000_010 },
  southManager: { ownerId: demoManagerOwnerId(1), userId: 51_000_020 },
  eastRep: { ownerId: '71000011', userId: 51_000_011 },
  eastRep2: { ownerId: '71000012', userId: 51_000_012 },
  southRep: { ownerId: '71000021', userId: 51_000_021 },
  /** A HubSpot user who owns no records and is no admin (e.g. a marketing user). */
  noOwner: { ownerId: null, userId: 51_999_999 },
} as const;
export type Person = keyof typeof PEOPLE;
export const EAST_TEAM_ID = '4100101';
export { LEAKY_TEAM_ID };

export const viewerOf = (person: Person, portalId: number = PORTAL_ID): Viewer => ({
  portalId,
  userId: PEOPLE[person].userId,
  email: `${person}@demo-sales.cn`,
  locale: 'en-US',
});

/** A SQLite store on a temp file, closed and removed after the suite. */
export function tempStores(): () => SqliteStore {
  const opened: { store: SqliteStore; dir: string }[] = [];
  afterAll(() => {
    for (const { store, dir } of opened) {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-handlers-'));
    const store = openSqliteStore({ path: join(dir, 'kpi.sqlite'), now: () => AS_OF });
    opened.push({ store, dir });
    return store;
  };
}

export interface Harness {
  data: PortalData;
  port: SnapshotCrmPort;
  store: SqliteStore;
  settings: Settings;
  deps(viewer: Viewer | SystemRunner, crm?: CrmPort, now?: number): HandlerDeps;
}

/** A portal (the demo by default) behind the snapshot port, with its settings saved as version 1. */
export async function harness(openStore: () => SqliteStore, data: PortalData, settings: Settings = demoSettings()): Promise<Harness> {
  const store = openStore();
  const saved = await store.settings.save(data.portal.id, settings, { expectedVersion: 0, savedBy: 'fixture' });
  if (!saved.ok) throw new Error(saved.error.message);
  const port = crmPortFromSnapshot(data);
  return {
    data,
    port,
    store,
    settings: saved.value.settings,
    deps: (viewer, crm = port, now = AS_OF) => ({
      viewer,
      crm,
      settings: store.settings,
      ledger: store.alerts,
      manualScores: store.manualScores,
      forecasts: store.forecasts,
      scanLock: store.scanLock,
      now: () => now,
    }),
  };
}

/** The data of a successful result, or a failure that names the error. */
export function dataOf<T>(result: HandlerResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

export function errorOf<T>(result: HandlerResult<T>) {
  if (result.ok) throw new Error('expected a failure, got data');
  return result.error;
}
