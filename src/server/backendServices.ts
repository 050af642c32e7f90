import type { CrmGateway } from '../crm/createCrmGateway';
import { createCrmGateway } from '../crm/createCrmGateway';
import { parseSnapshot } from '../domain/portalFromSnapshot';
import type { RunningEmulator } from '../emulator/createCrmEmulator';
import { createCrmEmulator } from '../emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../emulator/emulatorOptions';
import { crmPortFromGateway } from '../crm/crmPortFromGateway';
import { crmPortFromMirror } from '../crm/crmPortFromMirror';
import type { PortalSync } from '../sync/portalSync';
import { createPortalSync } from '../sync/portalSync';
import { customerProperties } from '../crm/readCustomers';
import type { SyncStatus } from '../sync/syncStatus';
import { currentSettings } from '../handlers/currentSettings';
import type { KpiStore } from '../store/kpiStore';
import { openStore } from '../store/openStore';
import type { BackendEnv } from './backendEnv';
import { BackendConfigError } from './backendEnv';
import type { RequestServices } from './routeHandler';

export interface ServicesOptions {
  /** Seed a CRM emulator from this parsed snapshot JSON and read the CRM from it (`--snapshot`). */
  snapshot?: unknown;
  /** Read the CRM at this base URL instead of HubSpot's (an emulator started elsewhere). */
  crmBaseUrl?: string;
  now: () => number;
  /** Told of the mirror's progress (the terminal's progress bar). */
  onSyncProgress?: (status: SyncStatus) => void;
}

/** Everything a backend process holds open: the gateway, the store, maybe an emulator. */
export interface BackendServices {
  portalId: number;
  /** The account's own zone (GET /account-info/v3/details). */
  portalTimeZone: string;
  gateway: CrmGateway;
  store: KpiStore;
  /** The emulator's URL when this process started one. */
  emulatorUrl: string | null;
  /** The portal mirror's sync; null when KPI_SYNC_INTERVAL_S=0 turns the mirror off. */
  sync: PortalSync | null;
  services(): RequestServices;
  /** The zone the settings in force ask for, else the portal's (kpi-spec §3). */
  timeZone(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens what the backend and `kpi alerts scan` read and write: the CRM (HubSpot with
 * HUBSPOT_ACCESS_TOKEN, or an emulator), the store (PostgreSQL at KPI_DATABASE_URL, else the
 * SQLite file at KPI_DB_PATH), and the portal id the token belongs to, asked of HubSpot once
 * here (one portal per backend). On PostgreSQL the gateway then takes its turns at HubSpot's
 * limits from the database, shared with every other backend of the portal.
 */
export async function openBackendServices(env: BackendEnv, options: ServicesOptions): Promise<BackendServices> {
  const emulator = options.snapshot === undefined ? null : await startEmulator(options.snapshot, options.now);
  let connection: ReturnType<typeof crmConnection>;
  let store: KpiStore;
  try {
    connection = crmConnection(env, options, emulator);
    store = await openStore(env, options.now);
  } catch (error) {
    await emulator?.close();
    throw error;
  }
  try {
    // HubSpot's rate windows and Retry-After run in real time, whatever instant the KPIs are computed at.
    const probe = createCrmGateway({ ...connection, clock: Date.now });
    const found = await crmPortFromGateway(probe).portal();
    if (found.id === null) throw new BackendConfigError('cannot tell which portal the access token belongs to: HubSpot refused GET /account-info/v3/details');
    const account = { portalId: found.id, timeZone: found.timeZone, companyCurrency: found.currency };
    const limiter = store.sharedLimiter(account.portalId);
    const gateway = limiter === null ? probe : createCrmGateway({ ...connection, clock: Date.now, limiter });
    const live = crmPortFromGateway(gateway);
    const sync = env.KPI_SYNC_INTERVAL_S === 0 ? null : mirrorSync(gateway, store, account, options);
    await sync?.prime();
    const port = sync === null ? live : crmPortFromMirror({ index: sync.index, live, gateway, status: () => sync.status() });
    return {
      portalId: account.portalId,
      portalTimeZone: account.timeZone,
      gateway,
      store,
      emulatorUrl: emulator?.url ?? null,
      sync,
      services: () => ({ crm: port, settings: store.settings, ledger: store.alerts, manualScores: store.manualScores, forecasts: store.forecasts, digests: store.digests, scanLock: store.scanLock }),
      timeZone: async () => (await currentSettings(store.settings, account.portalId)).settings.timeZone ?? account.timeZone,
      close: async () => {
        await store.close();
        await emulator?.close();
      },
    };
  } catch (error) {
    await store.close();
    await emulator?.close();
    throw error;
  }
}

/**
 * The mirror follows the settings' property mapping, so newly mapped properties are read into
 * it, and keeps each changed deal's companies and line items with the properties the
 * key-account and strategic-product settings name.
 */
function mirrorSync(gateway: CrmGateway, store: KpiStore, account: { portalId: number; timeZone: string; companyCurrency: string }, options: ServicesOptions): PortalSync {
  return createPortalSync({
    client: gateway.records,
    store: store.mirror,
    portalId: account.portalId,
    clock: options.now,
    mapping: async () => (await currentSettings(store.settings, account.portalId)).settings.propertyMapping,
    customers: async () => customerProperties((await currentSettings(store.settings, account.portalId)).settings),
    fallbackPortal: { timeZone: account.timeZone, currency: account.companyCurrency },
    onProgress: options.onSyncProgress,
  });
}

function crmConnection(env: BackendEnv, options: ServicesOptions, emulator: RunningEmulator | null): { accessToken: string; basePath?: string } {
  if (emulator !== null) return { accessToken: DEMO_TOKEN, basePath: emulator.url };
  if (options.crmBaseUrl !== undefined) return { accessToken: env.HUBSPOT_ACCESS_TOKEN ?? DEMO_TOKEN, basePath: options.crmBaseUrl };
  if (env.HUBSPOT_ACCESS_TOKEN === undefined) throw new BackendConfigError('HUBSPOT_ACCESS_TOKEN is not set (or pass --snapshot to serve an emulated portal)');
  return { accessToken: env.HUBSPOT_ACCESS_TOKEN };
}

async function startEmulator(json: unknown, now: () => number): Promise<RunningEmulator> {
  const snapshot = parseSnapshot(json);
  if (!snapshot.ok) throw new BackendConfigError(`invalid snapshot: ${snapshot.error}`);
  return createCrmEmulator(snapshot.value, { now, limitsClock: Date.now }).listen(0);
}
