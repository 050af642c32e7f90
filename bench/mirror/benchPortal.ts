import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@hubspot/api-client';
import type { CrmGateway } from '../../src/crm/createCrmGateway';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { CrmPort } from '../../src/crm/crmPort';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromMirror } from '../../src/crm/crmPortFromMirror';
import { sdkClient } from '../../src/crm/sdkClient';
import { parseSnapshot } from '../../src/domain/portalFromSnapshot';
import type { Snapshot } from '../../src/domain/snapshot';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { HandlerDeps, SystemRunner } from '../../src/handlers/handlerDeps';
import type { Viewer } from '../../src/handlers/contracts/common';
import type { SqliteStore } from '../../src/store/sqliteStore';
import { openSqliteStore } from '../../src/store/sqliteStore';
import type { PortalSync } from '../../src/sync/portalSync';
import { createPortalSync } from '../../src/sync/portalSync';
import { customerProperties } from '../../src/crm/readCustomers';

export interface BenchPortalOptions {
  deals: number;
  asOf: number;
  /** Per request, as HubSpot's round trip from a backend (the issue measured with 120 ms). */
  latencyMs: number;
  /** HubSpot's limits in the emulator (5 searches a second, 190 requests per 10 s), in real time. */
  limits: boolean;
}

/**
 * One demo portal in an emulator behind HTTP (its own process), read through the real SDK, with the backend's
 * wiring: one gateway on the wall clock for the sync and the mirror port (as `kpi serve`),
 * a SQLite mirror on a temp file, the demo settings saved. The portal's clock starts at the
 * demo's as-of and runs in real time, so writes made during the bench move
 * hs_lastmodifieddate forward as HubSpot's would.
 */
export interface BenchPortal {
  snapshot: Snapshot;
  /** The backend's gateway: the sync's pages and the mirror port's requests. */
  gateway: CrmGateway;
  sync: PortalSync;
  /** Another app writing to the portal. */
  writer: Client;
  now: () => number;
  /** A gateway with empty caches (a backend's first request of the day). */
  freshGateway(): CrmGateway;
  livePort(gateway?: CrmGateway): CrmPort;
  mirrorPort(gateway?: CrmGateway): CrmPort;
  deps(viewer: Viewer | SystemRunner, crm: CrmPort): HandlerDeps;
  close(): Promise<void>;
}

export async function openBenchPortal(options: BenchPortalOptions): Promise<BenchPortal> {
  const parsed = parseSnapshot(generateDemoSnapshot({ deals: options.deals, seed: 1, asOf: options.asOf }));
  if (!parsed.ok) throw new Error(`demo snapshot did not validate: ${parsed.error}`);
  const dir = mkdtempSync(join(tmpdir(), 'kpi-mirror-bench-'));
  const { store, now, startedAt } = await openBenchStore(join(dir, 'kpi.sqlite'), options.asOf);
  const hubspot = await emulatorProcess(options, startedAt);
  return benchPortalAt(parsed.value, hubspot.url, store, now, async () => {
    await hubspot.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** The emulator in its own process (emulatorChild.ts), serving the same generated portal. */
async function emulatorProcess(options: BenchPortalOptions, startedAt: number): Promise<{ url: string; close(): Promise<void> }> {
  const args = [String(options.deals), String(options.asOf), String(startedAt), String(options.latencyMs), options.limits ? 'on' : 'off'];
  const child = spawn(process.execPath, ['--max-old-space-size=4096', '--require', require.resolve('tsx/cjs'), join(__dirname, 'emulatorChild.ts'), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`the bench's emulator exited (${code ?? 'signal'}) before it listened`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** The backend's SQLite file with the demo settings saved (once), on a clock running from the as-of. */
export async function openBenchStore(path: string, asOf: number): Promise<{ store: SqliteStore; now: () => number; startedAt: number }> {
  const started = Date.now();
  const now = () => asOf + (Date.now() - started);
  const store = openSqliteStore({ path, now });
  if ((await store.settings.getCurrent(DEMO_PORTAL.id)) === null) {
    const saved = await store.settings.save(DEMO_PORTAL.id, demoSettings(), { expectedVersion: 0, savedBy: 'bench' });
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return { store, now, startedAt: started };
}

/** An emulator serving `snapshot` in this process (a portal too big to seed is served from its mirror), and the backend over `store`. */
export async function benchPortalOver(snapshot: Snapshot, store: SqliteStore, now: () => number, options: Omit<BenchPortalOptions, 'deals' | 'asOf'>, cleanUp: () => void): Promise<BenchPortal> {
  const emulator = createCrmEmulator(snapshot, { now, limitsClock: Date.now, latencyMs: options.latencyMs, ...(options.limits ? {} : { limits: false }) });
  const running = await emulator.listen(0);
  return benchPortalAt(snapshot, running.url, store, now, async () => {
    await running.close();
    cleanUp();
  });
}

/** The backend's sync and ports over `store`, reading the CRM API at `url`, which serves `snapshot`. */
function benchPortalAt(snapshot: Snapshot, url: string, store: SqliteStore, now: () => number, closeHubSpot: () => Promise<void>): BenchPortal {
  const freshGateway = () => createCrmGateway({ accessToken: DEMO_TOKEN, basePath: url, clock: Date.now });
  const gateway = freshGateway();
  const settings = demoSettings();
  const sync = createPortalSync({ client: gateway.records, store: store.mirror, portalId: DEMO_PORTAL.id, clock: now, mapping: async () => settings.propertyMapping, customers: async () => customerProperties(settings) });
  const livePort = (g: CrmGateway = freshGateway()) => crmPortFromGateway(g);
  return {
    snapshot,
    gateway,
    sync,
    writer: sdkClient({ accessToken: DEMO_TOKEN, basePath: url }, 0),
    now,
    freshGateway,
    livePort,
    mirrorPort: (g = gateway) => crmPortFromMirror({ index: sync.index, live: crmPortFromGateway(g), gateway: g, status: () => sync.status() }),
    deps: (viewer, crm) => ({ viewer, crm, settings: store.settings, ledger: store.alerts, manualScores: store.manualScores, forecasts: store.forecasts, now }),
    close: async () => {
      await sync.stop();
      store.close();
      await closeHubSpot();
    },
  };
}
