import type { Client } from '@hubspot/api-client';
import type { CrmGateway } from '../../src/crm/createCrmGateway';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { dumpSnapshot } from '../../src/crm/dumpSnapshot';
import { sdkClient } from '../../src/crm/sdkClient';
import type { PropertyMapping } from '../../src/domain/propertyMapping';
import type { CrmObject, Snapshot } from '../../src/domain/snapshot';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { EmulatorOptions } from '../../src/emulator/emulatorOptions';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { SqliteStore } from '../../src/store/sqliteStore';
import { openSqliteStore } from '../../src/store/sqliteStore';
import type { PortalSync, PortalSyncOptions } from '../../src/sync/portalSync';
import { createPortalSync } from '../../src/sync/portalSync';

/**
 * One emulated portal behind HTTP, a gateway through the real SDK on a virtual clock (HubSpot's
 * pacing costs no wall time), and a mirror in an in-memory SQLite file. The emulator's clock
 * is `clock.t`, advanced by the tests between writes so each write has its own change time.
 */
export interface SyncHarness {
  emulator: CrmEmulator;
  running: RunningEmulator;
  gateway: CrmGateway;
  /** Writes to the portal as another HubSpot app would. */
  sdk: Client;
  store: SqliteStore;
  clock: { t: number };
  newSync(overrides?: Partial<PortalSyncOptions>): PortalSync;
  /** The portal read whole and live, as `kpi snapshot` would: what the mirror must equal. */
  liveDeals(mapping: PropertyMapping): Promise<CrmObject[]>;
  close(): Promise<void>;
}

export async function syncHarness(snapshot: Snapshot, start: number, options: EmulatorOptions = {}): Promise<SyncHarness> {
  const clock = { t: start };
  const emulator = createCrmEmulator(snapshot, { limits: false, now: () => clock.t, ...options });
  const running = await emulator.listen(0);
  let virtual = start;
  const gateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms), cacheTtlMs: 0 });
  const store = openSqliteStore({ path: ':memory:', now: () => clock.t });
  const newSync = (overrides: Partial<PortalSyncOptions> = {}) =>
    createPortalSync({ client: gateway.records, store: store.mirror, portalId: snapshot.portal.id, clock: () => clock.t, mapping: async () => EMPTY, ...overrides });
  return {
    emulator,
    running,
    gateway,
    sdk: sdkClient({ accessToken: DEMO_TOKEN, basePath: running.url }, 0),
    store,
    clock,
    newSync,
    liveDeals: async (mapping) => (await dumpSnapshot(gateway, { mapping, fallbackPortal: snapshot.portal })).deals,
    close: async () => {
      store.close();
      await running.close();
    },
  };
}

const EMPTY: PropertyMapping = { collectedAmount: null, grossMargin: null, expense: null, forecastAmount: null, segment: null };

/**
 * Deals as values to compare: an unset property (null) is the same as one not asked for, and
 * the mirror asks for every pipeline's stage columns where a live read may ask for fewer.
 */
export function setValues(deals: readonly CrmObject[], only?: readonly CrmObject[]): CrmObject[] {
  const wanted = only === undefined ? null : new Set(only.flatMap((d) => Object.keys(d.properties)));
  return deals.map((d) => ({
    id: d.id,
    properties: Object.fromEntries(Object.entries(d.properties).filter(([k, v]) => v !== null && v !== '' && (wanted === null || wanted.has(k)))),
  }));
}
