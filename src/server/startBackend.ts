import type { SyncStatus } from '../sync/syncStatus';
import { startSyncLoop } from '../sync/syncLoop';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScanAlertsOutput } from '../handlers/contracts/scanAlerts';
import type { HandlerResult } from '../handlers/handlerResult';
import type { BackendLogger } from './backendLogger';
import { consoleLogger } from './backendLogger';
import { BackendConfigError, parseBackendEnv } from './backendEnv';
import type { BackendServices } from './backendServices';
import { openBackendServices } from './backendServices';
import { createBackend } from './createBackend';
import { urlOf } from './listenHost';
import { runAlertScan, scanSummary } from './runAlertScan';
import type { DailySchedule } from './scheduleDaily';
import { scheduleDaily } from './scheduleDaily';

export interface StartBackendOptions {
  /** The process environment (HUBSPOT_ACCESS_TOKEN, HUBSPOT_CLIENT_SECRET, PUBLIC_BASE_URL, KPI_DB_PATH, KPI_SCAN_AT, PORT). */
  env: Record<string, string | undefined>;
  /** Overrides PORT; 0 picks a free port. Default 3000. */
  port?: number;
  /** The address to listen on; default every interface (see listenHost for dev mode). */
  host?: string;
  /** A parsed snapshot: serve an emulator seeded from it instead of HubSpot. */
  snapshot?: unknown;
  crmBaseUrl?: string;
  /** Accept chosen demo users on unsigned requests (the local demo only). */
  devMode?: boolean;
  now?: () => number;
  logger?: BackendLogger;
  /** Told of the mirror's progress (`kpi serve` draws it on the terminal). */
  onSyncProgress?: (status: SyncStatus) => void;
}

export interface RunningBackend {
  url: string;
  /** The address the server is bound to, as the socket reports it. */
  boundAddress: string;
  portalId: number;
  emulatorUrl: string | null;
  schedule: DailySchedule;
  services: BackendServices;
  /** What the schedule runs daily: one alert scan as the system runner, logged. */
  scanNow(): Promise<HandlerResult<ScanAlertsOutput>>;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 3000;

/**
 * The backend process (issue 4): configuration from the environment, the CRM and the store,
 * the token's portal checked with HubSpot, the signed routes listening, and the alert scan
 * scheduled daily at KPI_SCAN_AT in the portal's zone as the system runner.
 */
export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const env = parseBackendEnv(options.env);
  const now = options.now ?? Date.now;
  const logger = options.logger ?? consoleLogger;
  const devMode = options.devMode === true;
  if (!devMode && env.HUBSPOT_CLIENT_SECRET === undefined) throw new BackendConfigError('HUBSPOT_CLIENT_SECRET is not set: signed hubspot.fetch requests cannot be checked (only --dev runs without it)');
  const opened = await openBackendServices(env, { snapshot: options.snapshot, crmBaseUrl: options.crmBaseUrl, now, onSyncProgress: options.onSyncProgress });
  const { sync } = opened;
  const app = createBackend({
    portalId: opened.portalId,
    clientSecret: env.HUBSPOT_CLIENT_SECRET ?? null,
    publicBaseUrl: env.PUBLIC_BASE_URL ?? null,
    devMode,
    services: () => opened.services(),
    now,
    logger,
    ...(sync === null ? {} : { syncStatus: () => sync.status(), onWebhookDeals: (ids: string[]) => webhookDeals(ids) }),
  });
  const server = await listen(app, options.port ?? env.PORT ?? DEFAULT_PORT, options.host).catch(async (error: unknown) => {
    await opened.close();
    throw error;
  });
  const scanNow = async (): Promise<HandlerResult<ScanAlertsOutput>> => {
    const result = await runAlertScan(opened.services(), opened.portalId, 'scheduled scan', now);
    if (result.ok) logger.info(`alert scan: ${scanSummary(result.data)}`);
    else logger.error(`alert scan refused: ${result.error.code}: ${result.error.message}`);
    return result;
  };
  const schedule = scheduleDaily({
    at: env.KPI_SCAN_AT,
    timeZone: opened.timeZone,
    now,
    run: async () => void (await scanNow()),
    onError: (error) => logger.error('alert scan failed', error),
  });
  const webhookDeals = (ids: string[]) => {
    sync?.markDirty(ids);
    syncLoop?.nudge();
  };
  const syncLoop = sync === null ? null : startSyncLoop(sync, env.KPI_SYNC_INTERVAL_S * 1000, (message) => logger.error(`sync failed: ${message}`));
  return {
    url: urlOf(options.host, (server.address() as AddressInfo).port),
    boundAddress: (server.address() as AddressInfo).address,
    portalId: opened.portalId,
    emulatorUrl: opened.emulatorUrl,
    schedule,
    services: opened,
    scanNow,
    close: async () => {
      schedule.stop();
      await syncLoop?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opened.close();
    },
  };
}

function listen(app: ReturnType<typeof createBackend>, port: number, host: string | undefined): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host === undefined ? app.listen(port, () => resolve(server)) : app.listen(port, host, () => resolve(server));
    server.on('error', reject);
  });
}
