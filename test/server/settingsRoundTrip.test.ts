import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { silentLogger } from '../../src/server/backendLogger';
import { createBackend } from '../../src/server/createBackend';
import type { Settings } from '../../src/settings/settingsSchema';
import type { SqliteStore } from '../../src/store/sqliteStore';
import type { Listening } from './backendHarness';
import { NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, demoStore, listen, portalDataOf, servicesOf, signedFetch } from './backendHarness';

interface VersionDto {
  version: number;
  settings: Settings;
  savedAt: string | null;
  savedBy: string | null;
}

const data = portalDataOf(demoSnapshot(300));
let store: SqliteStore;
let server: Listening;
let url: string;

beforeAll(async () => {
  store = await demoStore();
  server = await listen(createBackend({ portalId: PORTAL_ID, clientSecret: SECRET, services: () => servicesOf(crmPortFromSnapshot(data), store), now: () => NOW, logger: silentLogger }));
  url = server.url;
});
afterAll(async () => {
  await server.close();
  store.close();
});

const asAdmin = { userId: USERS.admin, email: 'revops@demo-sales.cn' };

describe('settings over HTTP: save, conflict, history, restore', () => {
  it('an admin saves on top of the version they read; a second save on the same stale version is a 409 that changes nothing', async () => {
    const read = await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin });
    expect(read.status).toBe(200);
    const v1 = read.body as VersionDto;
    expect(v1.version).toBe(1);

    const april = { ...v1.settings, fiscalYearStartMonth: 4 };
    const saved = await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: april, expectedVersion: 1 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, settings: { fiscalYearStartMonth: 4 }, savedBy: expect.stringContaining(String(USERS.admin)) });

    // Another admin still looking at version 1 tries to save October.
    const october = { ...v1.settings, fiscalYearStartMonth: 10 };
    const conflict = await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: october, expectedVersion: 1 } });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ error: { code: 'conflict' } });
    const after = (await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body as VersionDto;
    expect(after.version).toBe(2);
    expect(after.settings.fiscalYearStartMonth).toBe(4);
  });

  it('keeps every version in the history, newest first', async () => {
    const history = await signedFetch(url, '/api/v1/settings/history', { method: 'GET', ...asAdmin });
    expect(history.status).toBe(200);
    expect((history.body as { versions: { version: number }[] }).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('restores version 1 as a new version 3, and the old settings are back', async () => {
    const stale = await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 1, expectedVersion: 1 } });
    expect(stale.status).toBe(409);
    const restored = await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 1, expectedVersion: 2 } });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ version: 3, settings: { fiscalYearStartMonth: 1 } });
    const history = (await signedFetch(url, '/api/v1/settings/history', { method: 'GET', ...asAdmin })).body as { versions: { version: number }[] };
    expect(history.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const missing = await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 42, expectedVersion: 3 } });
    expect(missing.status).toBe(404);
  });

  it('refuses invalid settings with the fields to fix, saving nothing', async () => {
    const current = (await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body as VersionDto;
    const broken = { ...current.settings, fiscalYearStartMonth: 13 };
    const answer = await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: broken, expectedVersion: current.version } });
    expect(answer.status).toBe(400);
    const error = (answer.body as { error: { code: string; fields: { field: string }[] } }).error;
    expect(error.code).toBe('invalid');
    expect(error.fields.map((f) => f.field)).toContain('fiscalYearStartMonth');
    expect(((await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body as VersionDto).version).toBe(current.version);
  });

  it('only admins write: a manager and the director get 403', async () => {
    const current = (await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin })).body as VersionDto;
    for (const userId of [USERS.eastManager, USERS.director]) {
      const answer = await signedFetch(url, '/api/v1/settings', { method: 'PUT', userId, body: { settings: current.settings, expectedVersion: current.version } });
      expect(answer.status).toBe(403);
    }
  });

  it('serves what the settings page needs beside the settings (pipelines, owners, teams, properties, zone)', async () => {
    const answer = await signedFetch(url, '/api/v1/settings/context', { method: 'GET', ...asAdmin });
    expect(answer.status).toBe(200);
    const body = answer.body as { pipelines: { id: string }[]; teams: unknown[]; portalTimeZone: string };
    expect(body.pipelines.map((p) => p.id)).toContain('default');
    expect(body.teams).toHaveLength(3);
    expect(body.portalTimeZone).toBe('Asia/Shanghai');
  });
});
