import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { silentLogger } from '../../src/server/backendLogger';
import { nextRunAt } from '../../src/server/nextRunAt';
import { startBackend } from '../../src/server/startBackend';
import { NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, signedFetch } from './backendHarness';

const dirs: string[] = [];
const dbPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-backend-'));
  dirs.push(dir);
  return join(dir, 'data', 'kpi.sqlite');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const snapshot = demoSnapshot(200);
/** The backend's own clock is real here: signatures are made with the same clock. */
const clock = Date.now;

describe('startBackend', () => {
  it('with a snapshot: starts the emulator, learns the portal from the token, serves signed requests, schedules the scan', async () => {
    const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath() }, port: 0, snapshot, now: clock, logger: silentLogger });
    try {
      expect(backend.portalId).toBe(PORTAL_ID);
      expect(backend.emulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await signedFetch(backend.url, '/api/v1/settings', { method: 'GET', userId: USERS.admin, timestamp: clock() });
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: true, data: { version: 0, savedAt: null } });
      await backend.schedule.ready;
      const armed = backend.schedule.nextAt();
      expect(armed).not.toBeNull();
      const expected = nextRunAt(clock(), '07:00', 'Asia/Shanghai');
      expect(Math.abs((armed ?? 0) - expected)).toBeLessThan(5_000);
    } finally {
      await backend.close();
    }
  });

  it('the scheduled scan runs as the system runner, is logged, and a second run creates nothing', async () => {
    const lines: string[] = [];
    const logger = { info: (m: string) => void lines.push(m), error: (m: string) => void lines.push(`ERROR ${m}`) };
    const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath() }, port: 0, snapshot, now: () => NOW, logger });
    try {
      const first = await backend.scanNow();
      expect(first.ok).toBe(true);
      const second = await backend.scanNow();
      expect(second).toEqual({ ok: true, data: { created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' } });
      expect(lines.filter((l) => l.startsWith('alert scan'))).toEqual([`alert scan: ${first.ok ? `created ${first.data.created}` : ''}, updated 0, resolved 0`, 'alert scan: created 0, updated 0, resolved 0']);
    } finally {
      await backend.close();
    }
  });

  it('schedules at KPI_SCAN_AT', async () => {
    const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath(), KPI_SCAN_AT: '18:30' }, port: 0, snapshot, now: clock, logger: silentLogger });
    try {
      await backend.schedule.ready;
      const due = backend.schedule.nextAt() ?? 0;
      expect(new Date(due + 8 * 3_600_000).toISOString().slice(11, 16)).toBe('18:30');
    } finally {
      await backend.close();
    }
  });

  it('schedules the digests at KPI_DIGEST_AT, 07:30 unless set, and refuses a malformed one by name', async () => {
    const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath(), KPI_DIGEST_AT: '06:15' }, port: 0, snapshot, now: clock, logger: silentLogger });
    try {
      await backend.digestSchedule.ready;
      expect(new Date((backend.digestSchedule.nextAt() ?? 0) + 8 * 3_600_000).toISOString().slice(11, 16)).toBe('06:15');
    } finally {
      await backend.close();
    }
    await expect(startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DIGEST_AT: '25:00' }, port: 0, snapshot })).rejects.toThrow(/KPI_DIGEST_AT/);
  });

  it('refuses to start without the client secret unless in dev mode', async () => {
    await expect(startBackend({ env: { KPI_DB_PATH: dbPath() }, port: 0, snapshot, logger: silentLogger })).rejects.toThrow(/HUBSPOT_CLIENT_SECRET/);
    const dev = await startBackend({ env: { KPI_DB_PATH: dbPath() }, port: 0, snapshot, devMode: true, logger: silentLogger });
    try {
      const response = await fetch(`${dev.url}/api/v1/settings`, { headers: { 'x-demo-user-id': String(USERS.admin) } });
      expect(response.status).toBe(200);
    } finally {
      await dev.close();
    }
  });

  it('refuses to start without an access token when no snapshot is given', async () => {
    await expect(startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath() }, port: 0, logger: silentLogger })).rejects.toThrow(/HUBSPOT_ACCESS_TOKEN/);
  });

  it('refuses a malformed KPI_SCAN_AT or PUBLIC_BASE_URL by name', async () => {
    await expect(startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_SCAN_AT: '7am' }, port: 0, snapshot })).rejects.toThrow(/KPI_SCAN_AT/);
    await expect(startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, PUBLIC_BASE_URL: 'not a url' }, port: 0, snapshot })).rejects.toThrow(/PUBLIC_BASE_URL/);
  });

  describe('against a CRM at a base URL', () => {
    let crm: RunningEmulator;
    beforeAll(async () => {
      crm = await createCrmEmulator(snapshot, { tokens: ['portal-token'], limits: false }).listen(0);
    });
    afterAll(() => crm.close());

    it('checks the token with account-info at start: a token HubSpot refuses stops the start', async () => {
      await expect(
        startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_ACCESS_TOKEN: 'revoked', KPI_DB_PATH: dbPath() }, crmBaseUrl: crm.url, port: 0, logger: silentLogger }),
      ).rejects.toThrow();
    });

    it('serves only the token’s portal: a request signed for another portal is 403', async () => {
      const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_ACCESS_TOKEN: 'portal-token', KPI_DB_PATH: dbPath() }, crmBaseUrl: crm.url, port: 0, now: clock, logger: silentLogger });
      try {
        expect(backend.emulatorUrl).toBeNull();
        expect((await signedFetch(backend.url, '/api/v1/settings', { method: 'GET', timestamp: clock(), portalId: PORTAL_ID + 1 })).status).toBe(403);
        expect((await signedFetch(backend.url, '/api/v1/settings', { method: 'GET', timestamp: clock() })).status).toBe(200);
      } finally {
        await backend.close();
      }
    });
  });
});
