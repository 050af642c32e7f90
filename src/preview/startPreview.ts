import type { Server } from 'node:http';
import { parseSnapshot } from '../domain/portalFromSnapshot';
import type { SnapshotInput } from '../domain/snapshot';
import type { CrmEmulator } from '../emulator/createCrmEmulator';
import { createCrmEmulator } from '../emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../emulator/emulatorOptions';
import { demoSettings } from '../emulator/demo/demoSettings';
import type { BackendLogger } from '../server/backendLogger';
import { parseBackendEnv } from '../server/backendEnv';
import type { BackendServices } from '../server/backendServices';
import { openBackendServices } from '../server/backendServices';
import { createBackend } from '../server/createBackend';
import { LOOPBACK_HOST, urlOf } from '../server/listenHost';
import { bundlePreview } from './bundlePreview';
import { createPreviewCrm } from './previewCrm';
import { previewRoutes } from './previewRoutes';
import { createRootApp, listenOn } from './previewServer';
import { seedPreviewRecords } from './seedPreviewRecords';
import type { PortalSync } from '../sync/portalSync';
import type { SyncLoop } from '../sync/syncLoop';
import { startSyncLoop } from '../sync/syncLoop';

/** Where the portal comes from: the demo generator, a snapshot file, or a real portal (HUBSPOT_ACCESS_TOKEN). */
export type PreviewSource = { kind: 'demo'; snapshot: SnapshotInput } | { kind: 'snapshot'; snapshot: unknown } | { kind: 'hubspot' };

export interface StartPreviewOptions {
  source: PreviewSource;
  /** HUBSPOT_ACCESS_TOKEN (hubspot source), KPI_DB_PATH (default data/kpi.sqlite). */
  env: Record<string, string | undefined>;
  /** 0 picks a free port. */
  port: number;
  /** The address to listen on: the backend runs in dev mode, so 127.0.0.1 unless told otherwise. */
  host?: string;
  /** HubSpot's rate limits in the emulator (default on, as in HubSpot; `kpi start --no-limits` turns them off). */
  emulatorLimits?: boolean;
  log: (line: string) => void;
  logger?: BackendLogger;
  now?: () => number;
}

export interface RunningPreview {
  url: string;
  /** The address the server is bound to, as the socket reports it. */
  boundAddress: string;
  portalId: number;
  emulator: CrmEmulator | null;
  services: BackendServices;
  close(): Promise<void>;
}

/**
 * `npm start` in one process: the CRM emulator seeded with the portal (its HubSpot
 * API under /crm/v3/... on this same port), the backend on SQLite in dev mode (demo users
 * chosen by the page), and the preview page rendering the real extensions, all on one port.
 * With the hubspot source the same page reads a real portal and no emulator starts.
 */
export async function startPreview(options: StartPreviewOptions): Promise<RunningPreview> {
  const now = options.now ?? Date.now;
  const env = parseBackendEnv(options.env);
  const source = options.source;
  // The generated demo is valid by construction; a file from elsewhere is checked first.
  const snapshot = source.kind === 'hubspot' ? null : source.kind === 'demo' ? source.snapshot : checkedSnapshot(source.snapshot);
  const emulator = snapshot === null ? null : createCrmEmulator(snapshot, { now, limitsClock: Date.now, limits: options.emulatorLimits === false ? false : undefined });
  const [script, root] = [bundlePreview(), createRootApp(emulator)];
  const host = options.host ?? LOOPBACK_HOST;
  const { server, port, address } = await listenOn(root, options.port, host);
  const url = urlOf(host, port);
  try {
    const services = await openBackendServices(emulator === null ? env : { ...env, HUBSPOT_ACCESS_TOKEN: DEMO_TOKEN }, emulator === null ? { now } : { crmBaseUrl: url, now });
    const crm = emulator === null ? createPreviewCrm({ accessToken: env.HUBSPOT_ACCESS_TOKEN ?? '' }) : createPreviewCrm({ accessToken: DEMO_TOKEN, basePath: url });
    if (snapshot !== null) options.log(`seeded ${await seedPreviewRecords(crm, snapshot.owners)} companies and contacts into the emulator`);
    if (source.kind === 'demo') await saveDemoSettingsOnce(services, options.log);
    const syncLoop = await startMirror(services, emulator !== null, env.KPI_SYNC_INTERVAL_S, options.log);
    root.use(previewRoutes({ services, crm, source: emulator === null ? 'hubspot' : 'emulator', script: await script }));
    const syncStatus = services.sync === null ? {} : { syncStatus: (services.sync as PortalSync).status };
    root.use(createBackend({ portalId: services.portalId, clientSecret: null, devMode: true, services: () => services.services(), now, logger: options.logger, ...syncStatus }));
    return { url, boundAddress: address, portalId: services.portalId, emulator, services, close: () => closeAll(server, services, syncLoop) };
  } catch (error) {
    await closeServer(server);
    throw error;
  }
}

function checkedSnapshot(json: unknown): SnapshotInput {
  const parsed = parseSnapshot(json);
  if (!parsed.ok) throw new Error(`invalid snapshot: ${parsed.error}`);
  return parsed.value;
}

/** The demo's managers, director and admin live in settings (kpi-spec §2); written once, as version 1. */
async function saveDemoSettingsOnce(services: BackendServices, log: (line: string) => void): Promise<void> {
  if ((await services.store.settings.getCurrent(services.portalId)) !== null) return;
  const saved = await services.store.settings.save(services.portalId, demoSettings(), { expectedVersion: 0, savedBy: 'kpi start (demo settings)' });
  if (saved.ok) log('saved the demo settings (managers, director, admin) as version 1');
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * The mirror behind the demo's team views. An emulator is seeded afresh at every start, so a
 * mirror left in the database by an earlier run is of another portal's state: it is dropped.
 */
async function startMirror(services: BackendServices, emulated: boolean, intervalS: number, log: (line: string) => void): Promise<SyncLoop | null> {
  const { sync } = services;
  if (sync === null) return null;
  if (emulated) {
    await services.store.mirror.clear(services.portalId);
    await sync.prime();
  }
  log('copying the portal into the mirror in the background (GET /healthz shows how far)');
  return startSyncLoop(sync, intervalS * 1000, (message) => log(`sync failed: ${message}`));
}

async function closeAll(server: Server, services: BackendServices, syncLoop: SyncLoop | null): Promise<void> {
  await syncLoop?.stop();
  server.closeAllConnections();
  await closeServer(server);
  await services.close();
}
