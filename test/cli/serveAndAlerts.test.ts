import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAlertsScan } from '../../src/cli/commands/alerts';
import { runServe } from '../../src/cli/commands/serve';
import { memoryIo } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/main';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { openSqliteStore } from '../../src/store/sqliteStore';
import { NOW, PORTAL_ID, USERS, demoSnapshot } from '../server/backendHarness';

const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = demoSnapshot(1000);
let emulator: CrmEmulator;
let crm: RunningEmulator;
const dbPath = join(dir, 'kpi.sqlite');

beforeAll(async () => {
  emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
  crm = await emulator.listen(0);
  // The backend's settings (managers, director) are what route each task; seed them as an admin would.
  const store = openSqliteStore({ path: dbPath, now: () => NOW });
  await store.settings.save(PORTAL_ID, demoSettings(), { expectedVersion: 0, savedBy: 'setup' });
  store.close();
});
afterAll(() => crm.close());

const tasks = () => emulator.state.builtIns.get('tasks')?.all() ?? [];

describe('kpi alerts scan', () => {
  it('creates one task per breach in the emulator, and prints what it did; the second run creates nothing', async () => {
    const io = memoryIo();
    const first = await runAlertsScan({ baseUrl: crm.url, period: '2026-Q3' }, io, { KPI_DB_PATH: dbPath }, () => NOW);
    expect(first.created).toBeGreaterThan(0);
    expect(tasks()).toHaveLength(first.created);
    expect(io.stdout.join('\n')).toContain(`portal ${PORTAL_ID}: created ${first.created}, updated 0, resolved 0`);
    expect(io.stdout.join('\n')).toContain(first.tasks[0]?.subject ?? '(no task)');

    const again = memoryIo();
    const second = await runAlertsScan({ baseUrl: crm.url, period: '2026-Q3', json: true }, again, { KPI_DB_PATH: dbPath }, () => NOW);
    expect(second).toEqual({ created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' });
    expect(JSON.parse(again.stdout.join(''))).toEqual(second);
    expect(tasks()).toHaveLength(first.created);
  });

  it('exits 1 with one line for a bad period or a missing token', async () => {
    const bad = memoryIo();
    expect(await runCli(['alerts', 'scan', '--period', '2026-Q5', '--base-url', crm.url], bad)).toBe(1);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/^kpi: --period/);
    const env = { ...process.env };
    delete process.env.HUBSPOT_ACCESS_TOKEN;
    try {
      const noToken = memoryIo();
      expect(await runCli(['alerts', 'scan'], noToken)).toBe(1);
      expect(noToken.stderr[0]).toMatch(/^kpi: HUBSPOT_ACCESS_TOKEN is not set/);
    } finally {
      process.env = env;
    }
  });
});

describe('kpi serve', () => {
  it('--snapshot --dev: serves the emulated portal, unsigned requests as a chosen demo user', async () => {
    const file = join(dir, 'snapshot.json');
    writeFileSync(file, JSON.stringify(demoSnapshot(100)));
    const io = memoryIo();
    const backend = await runServe({ port: '0', snapshot: file, dev: true }, io, { KPI_DB_PATH: join(dir, 'serve.sqlite') });
    try {
      expect(io.stdout[0]).toMatch(/^KPI backend: http:\/\/127\.0\.0\.1:\d+ \(portal 20260001, DEV MODE/);
      // Dev mode makes anyone an admin with one header: only this machine may reach it, and it says so.
      expect(backend.boundAddress).toBe('127.0.0.1');
      expect(io.stderr).toContain('kpi: listening on 127.0.0.1 only (dev mode; --host 0.0.0.0 to open it to the network)');
      expect(io.stdout[1]).toMatch(/^CRM emulator: http:\/\/127\.0\.0\.1:\d+$/);
      expect(io.stderr.join('\n')).toMatch(/next alert scan at \d{4}-\d\d-\d\dT\d\d:00:00\.000Z/);
      const health = await fetch(`${backend.url}/healthz`);
      expect(health.status).toBe(200);
      const settings = await fetch(`${backend.url}/api/v1/settings?demoUserId=${USERS.admin}`);
      expect(settings.status).toBe(200);
    } finally {
      await backend.close();
    }
  });

  it('--settings: the file becomes the version in force, so the managers it names come back as managers', async () => {
    const file = join(dir, 'snapshot-3.json');
    const settingsFile = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(demoSnapshot(100)));
    writeFileSync(settingsFile, JSON.stringify(demoSettings()));
    const env = { KPI_DB_PATH: join(dir, 'serve3.sqlite') };
    const io = memoryIo();
    const backend = await runServe({ port: '0', snapshot: file, dev: true, settings: settingsFile }, io, env);
    try {
      expect(io.stderr.join('\n')).toContain(`settings ${settingsFile} saved as version 1`);
      const viewer = await fetch(`${backend.url}/api/v1/viewer-context?demoUserId=${USERS.eastManager}`);
      expect(await viewer.json()).toMatchObject({ ok: true, data: { role: 'manager', views: { team: true } } });
    } finally {
      await backend.close();
    }
    const again = memoryIo();
    await (await runServe({ port: '0', snapshot: file, dev: true, settings: settingsFile }, again, env)).close();
    expect(again.stderr.join('\n')).toContain('already in force (version 1)');
  });

  it('--settings refuses a file that does not fit the portal, and does not keep serving', async () => {
    const file = join(dir, 'snapshot-4.json');
    const settingsFile = join(dir, 'bad-settings.json');
    writeFileSync(file, JSON.stringify(demoSnapshot(100)));
    writeFileSync(settingsFile, JSON.stringify({ ...demoSettings(), directorOwnerIds: ['nobody'] }));
    await expect(runServe({ port: '0', snapshot: file, dev: true, settings: settingsFile }, memoryIo(), { KPI_DB_PATH: join(dir, 'serve4.sqlite') })).rejects.toThrow(/is invalid: directorOwnerIds/);
  });

  it('without --dev and without HUBSPOT_CLIENT_SECRET it does not start', async () => {
    const file = join(dir, 'snapshot-2.json');
    writeFileSync(file, JSON.stringify(demoSnapshot(10)));
    await expect(runServe({ port: '0', snapshot: file }, memoryIo(), { KPI_DB_PATH: join(dir, 'serve2.sqlite') })).rejects.toThrow(/HUBSPOT_CLIENT_SECRET/);
  });
});
