import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Snapshot } from '../../src/domain/snapshot';
import { snapshotSchema } from '../../src/domain/snapshot';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { PortalData } from '../../src/domain/portal';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_ADMIN_USER_ID } from '../../src/emulator/demo/demoRoster';
import type { CrmPort } from '../../src/crm/crmPort';
import type { RequestServices } from '../../src/server/routeHandler';
import { signatureV3 } from '../../src/server/hubspotSignature';
import type { SqliteStore } from '../../src/store/sqliteStore';
import { openSqliteStore } from '../../src/store/sqliteStore';

/** The demo's "now": 1 Nov 2026, 10:00 in Shanghai. Requests are signed and checked against it. */
export const NOW = Date.UTC(2026, 10, 1, 2, 0, 0);
export const SECRET = 'test-client-secret';
export const PORTAL_ID = DEMO_PORTAL.id;
/** The userEmail HubSpot appends when a test does not choose one. */
export const DEFAULT_EMAIL = 'someone@demo-sales.cn';

/** Demo users by role (src/emulator/demo/demoRoster.ts fixes the ids by position). */
export const USERS = {
  director: 51_000_001,
  admin: DEMO_ADMIN_USER_ID,
  eastManager: 51_000_010,
  eastRep: 51_000_011,
  southManager: 51_000_020,
  southRep: 51_000_021,
} as const;

export function demoSnapshot(deals = 1200): Snapshot {
  return snapshotSchema.parse(generateDemoSnapshot({ deals, seed: 11, asOf: NOW }));
}

export const portalDataOf = (snapshot: Snapshot): PortalData => portalFromSnapshot(snapshot).data;

/** A SQLite store in memory, with the demo's settings saved (managers, director, admin) as version 1. */
export async function demoStore(): Promise<SqliteStore> {
  const store = openSqliteStore({ path: ':memory:', now: () => NOW });
  const saved = await store.settings.save(PORTAL_ID, demoSettings(), { expectedVersion: 0, savedBy: 'test setup' });
  if (!saved.ok) throw new Error(`could not seed settings: ${JSON.stringify(saved.error)}`);
  return store;
}

export const servicesOf = (crm: CrmPort, store: SqliteStore): RequestServices => ({
  crm,
  settings: store.settings,
  ledger: store.alerts,
  manualScores: store.manualScores,
  forecasts: store.forecasts,
  scanLock: store.scanLock,
});

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export function listen(app: Express): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
    server.on('error', reject);
  });
}

export interface SignedCall {
  method?: 'GET' | 'POST' | 'PUT';
  /** A JSON value, or raw text sent as is. */
  body?: unknown;
  rawBody?: string;
  userId?: number;
  portalId?: number;
  email?: string;
  timestamp?: number;
  secret?: string;
  /** Extra query text the card itself put on the URL, before HubSpot's parameters. */
  query?: string;
  /** Sign this URL instead of the one called (a proxy that rewrote the host). */
  signedBase?: string;
  headers?: Record<string, string>;
}

/** Calls the backend the way hubspot.fetch does: HubSpot's parameters appended, the v3 signature added. */
export async function signedFetch(base: string, path: string, call: SignedCall = {}): Promise<{ status: number; body: unknown }> {
  const method = call.method ?? 'POST';
  const body = call.rawBody ?? (call.body === undefined ? (method === 'GET' ? '' : '{}') : JSON.stringify(call.body));
  const params = `portalId=${call.portalId ?? PORTAL_ID}&userId=${call.userId ?? USERS.admin}&userEmail=${encodeURIComponent(call.email ?? DEFAULT_EMAIL)}&appId=4242`;
  const pathAndQuery = `${path}?${call.query === undefined ? '' : `${call.query}&`}${params}`;
  const timestamp = String(call.timestamp ?? NOW);
  const signature = signatureV3(call.secret ?? SECRET, { method, url: `${call.signedBase ?? base}${pathAndQuery}`, body, timestamp });
  const response = await fetch(`${base}${pathAndQuery}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': signature, 'x-hubspot-request-timestamp': timestamp, ...call.headers },
    ...(method === 'GET' ? {} : { body }),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
