import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { RunningBackend } from '../../src/server/startBackend';
import { startBackend } from '../../src/server/startBackend';
import { describeOnPostgres, freshPgSchemas } from '../store/pgTestDb';
import { NOW, SECRET, USERS, demoSnapshot, signedFetch } from './backendHarness';

const snapshot = demoSnapshot(1500);
/** The last day of 2026-Q3, whose funnel alerts the demo portal raises: the day the backends live on. */
const SCAN_DAY = Date.UTC(2026, 8, 30, 10, 0, 0);

/**
 * Two backend processes' worth of state (each its own store connection, gateway and schedule)
 * on one store and one CRM: what README "Deployment" promises of N backends.
 */
function backendsOnOneStore(name: string, storeEnv: () => Promise<Record<string, string>>): void {
  describe(name, () => {
    let emulator: CrmEmulator;
    let crm: RunningEmulator;
    let a: RunningBackend;
    let b: RunningBackend;
    const lines: string[] = [];
    const logger = { info: (m: string) => void lines.push(m), error: (m: string) => void lines.push(`ERROR ${m}`) };
    beforeAll(async () => {
      emulator = createCrmEmulator(snapshot, { tokens: ['portal-token'], limits: false, now: () => NOW });
      crm = await emulator.listen(0);
    });
    afterAll(() => crm.close());
    beforeEach(async () => {
      lines.length = 0;
      // Live reads (no mirror): what is shared here is the store, not the mirror (twoBackendProcesses has both).
      const env = { HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_ACCESS_TOKEN: 'portal-token', KPI_SYNC_INTERVAL_S: '0', ...(await storeEnv()) };
      const start = (instanceId: string) => startBackend({ env, crmBaseUrl: crm.url, port: 0, now: () => SCAN_DAY, logger, instanceId });
      a = await start('backend-a');
      b = await start('backend-b');
      await a.services.store.settings.save(a.portalId, demoSettings(), { expectedVersion: 0, savedBy: 'test' });
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });

    it('runs the scheduled scan on exactly one backend when both their timers fire at once', async () => {
      const tasksInHubSpot = () => emulator.state.builtIns.get('tasks')?.size ?? 0;
      const before = tasksInHubSpot();
      const [fromA, fromB] = await Promise.all([a.scheduledScan(), b.scheduledScan()]);
      expect([fromA.ran, fromB.ran].sort()).toEqual([false, true]);
      const ran = fromA.ran ? fromA : fromB;
      const skipped = fromA.ran ? fromB : fromA;
      expect(ran.ran && ran.value.ok && ran.value.data.created).toBeGreaterThan(0);
      expect(tasksInHubSpot() - before).toBe(ran.ran && ran.value.ok ? ran.value.data.created : -1);
      expect(skipped).toEqual({ ran: false, heldBy: fromA.ran ? 'backend-a' : 'backend-b' });
      expect(lines).toContain(`alert scan: skipped, ${fromA.ran ? 'backend-a' : 'backend-b'} runs it`);
      // The lease outlives the run, so the other backend's timer firing a little later does not scan again.
      expect((await (fromA.ran ? b : a).scheduledScan()).ran).toBe(false);
      // The ledger is shared: a scan by hand on the other backend finds every alert already raised.
      expect(await (fromA.ran ? b : a).scanNow()).toEqual({ ok: true, data: { created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' } });
    });

    it('sends each digest once when both backends’ timers fire at once, and nothing on the next day’s tick', async () => {
      const tasksInHubSpot = () => emulator.state.builtIns.get('tasks')?.size ?? 0;
      const before = tasksInHubSpot();
      const [fromA, fromB] = await Promise.all([a.scheduledDigests(), b.scheduledDigests()]);
      expect([fromA.ran, fromB.ran].sort()).toEqual([false, true]);
      const ran = fromA.ran ? fromA : fromB;
      const created = ran.ran && ran.value.ok ? ran.value.data.created : [];
      expect(created.length).toBeGreaterThan(0);
      expect(new Set(created.map((c) => c.period))).toEqual(new Set(['2026-W39', '2026-08']));
      expect(tasksInHubSpot() - before).toBe(created.length);
      // The lease has lapsed by the next day; the shared ledger keeps the other backend from writing again.
      await a.services.store.leases.release(`scheduled-digests:${a.portalId}`, fromA.ran ? 'backend-a' : 'backend-b');
      const nextDay = await (fromA.ran ? b : a).scheduledDigests();
      expect(nextDay.ran && nextDay.value.ok ? nextDay.value.data : null).toMatchObject({ created: [], alreadySent: created.length });
      expect(tasksInHubSpot() - before).toBe(created.length);
    });

    it('serves a settings save made on one backend from the other on its next request', async () => {
      const asAdmin = { userId: USERS.admin, timestamp: SCAN_DAY };
      const current = ((await signedFetch(b.url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body as { data: { version: number } }).data;
      const saved = await signedFetch(a.url, '/api/v1/settings', {
        method: 'PUT',
        ...asAdmin,
        body: { settings: { ...demoSettings(), fiscalYearStartMonth: 4 }, expectedVersion: current.version },
      });
      expect(saved.status).toBe(200);
      const seen = (await signedFetch(b.url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body;
      expect(seen).toMatchObject({ ok: true, data: { version: current.version + 1, settings: { fiscalYearStartMonth: 4 } } });
      const stale = await signedFetch(b.url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: demoSettings(), expectedVersion: current.version } });
      expect(stale.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
    });
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

backendsOnOneStore('two backends on one SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-backends-'));
  dirs.push(dir);
  return { KPI_DB_PATH: join(dir, 'kpi.sqlite') };
});

describeOnPostgres('two backends on one PostgreSQL database', (url) => {
  const schemas = freshPgSchemas(url);
  backendsOnOneStore('KPI_DATABASE_URL', async () => {
    const schema = await schemas();
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    return { KPI_DATABASE_URL: withSchema.toString() };
  });
});
