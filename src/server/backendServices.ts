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
import type { SyncStatus } from '../sync/syncStatus';
import { currentSettings } from '../handlers/currentSettings';
import type { SqliteStore } from '../store/sqliteStore';
import { openSqliteStore } from '../store/sqliteStore';
import { dbPathFromEnv } from '../store/dbPathFromEnv';
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
  store: SqliteStore;
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
 * HUBSPOT_ACCESS_TOKEN, or an emulator), the SQLite store at KPI_DB_PATH, and the portal id
 * the token belongs to, asked of HubSpot once here (issue 4: one portal per backend).
 */
export async function openBackendServices(env: BackendEnv, options: ServicesOptions): Promise<BackendServices> {
  const emulator = options.snapshot === undefined ? null : await startEmulator(options.snapshot, options.now);
  try {
    // HubSpot's rate windows and Retry-After run in real time, whatever instant the KPIs are computed at.
    const gateway = createCrmGateway({ ...crmConnection(env, options, emulator), clock: Date.now });
    const live = crmPortFromGateway(gateway);
    const found = await live.portal();
    if (found.id === null) throw new BackendConfigError('cannot tell which portal the access token belongs to: HubSpot refused GET /account-info/v3/details');
    const account = { portalId: found.id, timeZone: found.timeZone, companyCurrency: found.currency };
    const store = openSqliteStore({ path: dbPathFromEnv({ KPI_DB_PATH: env.KPI_DB_PATH }), now: options.now });
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
      services: () => ({ crm: port, settings: store.settings, ledger: store.alerts, manualScores: store.manualScores, forecasts: store.forecasts, scanLock: store.scanLock }),
      timeZone: async () => (await currentSettings(store.settings, account.portalId)).settings.timeZone ?? account.timeZone,
      close: async () => {
        store.close();
        await emulator?.close();
      },
    };
  } catch (error) {
    await emulator?.close();
    throw error;
  }
}

/** The mirror follows the settings' property mapping, so newly mapped properties are read into it. */
function mirrorSync(gateway: CrmGateway, store: SqliteStore, account: { portalId: number; timeZone: string; companyCurrency: string }, options: ServicesOptions): PortalSync {
  return createPortalSync({
    client: gateway.client,
    store: store.mirror,
    portalId: account.portalId,
    clock: options.now,
    mapping: async () => (await currentSettings(store.settings, account.portalId)).settings.propertyMapping,
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
