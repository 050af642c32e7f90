import { leasedSyncStep } from './leasedSyncStep';
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
import { backendInstanceId } from './backendInstanceId';
import { createBackend } from './createBackend';
import { urlOf } from './listenHost';
import { runAlertScan, scanSummary } from './runAlertScan';
import { digestSummary, runDigests } from './runDigests';
import type { SendDigestsOutput } from '../handlers/contracts/digests';
import { freezeSummary, runForecastFreeze } from './runForecastFreeze';
import type { LeasedRun } from './runUnderLease';
import { runUnderLease } from './runUnderLease';
import type { DailySchedule } from './scheduleDaily';
import { scheduleDaily } from './scheduleDaily';

export interface StartBackendOptions {
  /** The process environment (HUBSPOT_ACCESS_TOKEN, HUBSPOT_CLIENT_SECRET, PUBLIC_BASE_URL, KPI_DATABASE_URL, KPI_DB_PATH, KPI_SCAN_AT, KPI_DIGEST_AT, PORT). */
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
  /** This process as a lease holder; default host/pid/random. */
  instanceId?: string;
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
  /** One alert scan as the system runner, logged. */
  scanNow(): Promise<HandlerResult<ScanAlertsOutput>>;
  /** What the schedule runs daily: the scan, when this backend gets the scan's lease (one of N backends runs it). */
  scheduledScan(): Promise<LeasedRun<HandlerResult<ScanAlertsOutput>>>;
  /** The digests' daily run at KPI_DIGEST_AT, when this backend gets their lease; the ledger sends each digest once. */
  digestSchedule: DailySchedule;
  scheduledDigests(): Promise<LeasedRun<HandlerResult<SendDigestsOutput>>>;
  instanceId: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 3000;

/** Longer than a scan takes, and short enough that a scan started by hand an hour later still runs. */
export const SCAN_LEASE_MS = 10 * 60_000;

/**
 * The backend process: configuration from the environment, the CRM and the store,
 * the token's portal checked with HubSpot, the signed routes listening, and the alert scan
 * scheduled daily at KPI_SCAN_AT in the portal's zone as the system runner. Every backend on
 * one store arms the schedule; the scan's lease lets exactly one of them run it.
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
    const freeze = await runForecastFreeze(opened.services(), opened.portalId, 'scheduled scan', now);
    if (freeze.ok) logger.info(`forecast freeze: ${freezeSummary(freeze.data)}`);
    else logger.error(`forecast freeze refused: ${freeze.error.code}: ${freeze.error.message}`);
    const result = await runAlertScan(opened.services(), opened.portalId, 'scheduled scan', now);
    if (result.ok) logger.info(`alert scan: ${scanSummary(result.data)}`);
    else logger.error(`alert scan refused: ${result.error.code}: ${result.error.message}`);
    return result;
  };
  const instanceId = options.instanceId ?? backendInstanceId();
  const scheduledScan = async (): Promise<LeasedRun<HandlerResult<ScanAlertsOutput>>> => {
    const terms = { leases: opened.store.leases, name: `scheduled-scan:${opened.portalId}`, holder: instanceId, ttlMs: SCAN_LEASE_MS, keepAfter: true };
    const run = await runUnderLease({ ...terms, onLost: (message) => logger.error(`alert scan: the lease was lost while scanning (${message})`) }, scanNow);
    if (!run.ran) logger.info(`alert scan: skipped, ${run.heldBy} runs it`);
    return run;
  };
  const schedule = scheduleDaily({
    at: env.KPI_SCAN_AT,
    timeZone: opened.timeZone,
    now,
    run: async () => void (await scheduledScan()),
    onError: (error) => logger.error('alert scan failed', error),
  });
  const scheduledDigests = async (): Promise<LeasedRun<HandlerResult<SendDigestsOutput>>> => {
    const terms = { leases: opened.store.leases, name: `scheduled-digests:${opened.portalId}`, holder: instanceId, ttlMs: SCAN_LEASE_MS, keepAfter: true };
    const run = await runUnderLease({ ...terms, onLost: (message) => logger.error(`digests: the lease was lost while sending (${message})`) }, async () => {
      const result = await runDigests(opened.services(), opened.portalId, now);
      if (result.ok) logger.info(`digests: ${digestSummary(result.data)}`);
      else logger.error(`digests refused: ${result.error.code}: ${result.error.message}`);
      return result;
    });
    if (!run.ran) logger.info(`digests: skipped, ${run.heldBy} sends them`);
    return run;
  };
  const digestSchedule = scheduleDaily({
    at: env.KPI_DIGEST_AT,
    timeZone: opened.timeZone,
    now,
    run: async () => void (await scheduledDigests()),
    onError: (error) => logger.error('digests failed', error),
  });
  const webhookDeals = (ids: string[]) => {
    sync?.markDirty(ids);
    syncLoop?.nudge();
  };
  // One of N backends on one store syncs (the lease); the others follow what it stores.
  const syncTerms = { leases: opened.store.leases, portalId: opened.portalId, holder: instanceId, ttlMs: Math.max(60_000, 3 * env.KPI_SYNC_INTERVAL_S * 1000), onLost: (message: string) => logger.error(`sync: the lease was lost while syncing (${message})`) };
  const syncLoop = sync === null ? null : startSyncLoop(sync, env.KPI_SYNC_INTERVAL_S * 1000, (message) => logger.error(`sync failed: ${message}`), leasedSyncStep(syncTerms, sync));
  return {
    url: urlOf(options.host, (server.address() as AddressInfo).port),
    boundAddress: (server.address() as AddressInfo).address,
    portalId: opened.portalId,
    emulatorUrl: opened.emulatorUrl,
    schedule,
    services: opened,
    scanNow,
    scheduledScan,
    digestSchedule,
    scheduledDigests,
    instanceId,
    close: async () => {
      schedule.stop();
      digestSchedule.stop();
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
