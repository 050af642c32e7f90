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

/** A handler's answer: HTTP 200 and the envelope (src/server/sendError.ts sendResult). */
function envelopeOf(answer: { status: number; body: unknown }): { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: { field: string }[] } } {
  expect(answer.status).toBe(200);
  return answer.body as never;
}
const dataOf = <T>(answer: { status: number; body: unknown }): T => {
  const envelope = envelopeOf(answer);
  if (!envelope.ok) throw new Error(`refused: ${envelope.error.message}`);
  return envelope.data as T;
};
const refusalOf = (answer: { status: number; body: unknown }) => {
  const envelope = envelopeOf(answer);
  if (envelope.ok) throw new Error('expected a refusal');
  return envelope.error;
};

describe('settings over HTTP: save, conflict, history, restore', () => {
  it('an admin saves on top of the version they read; a second save on the same stale version is a conflict that changes nothing', async () => {
    const v1 = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin }));
    expect(v1.version).toBe(1);

    const april = { ...v1.settings, fiscalYearStartMonth: 4 };
    const saved = dataOf(await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: april, expectedVersion: 1 } }));
    expect(saved).toMatchObject({ version: 2, settings: { fiscalYearStartMonth: 4 }, savedBy: expect.stringContaining(String(USERS.admin)) });

    // Another admin still looking at version 1 tries to save October.
    const october = { ...v1.settings, fiscalYearStartMonth: 10 };
    expect(refusalOf(await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: october, expectedVersion: 1 } })).code).toBe('conflict');
    const after = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin }));
    expect(after.version).toBe(2);
    expect(after.settings.fiscalYearStartMonth).toBe(4);
  });

  it('answers a save sent again after it landed (HubSpot’s proxy retries once on a 5xx) with the version it wrote, not a conflict', async () => {
    const current = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin }));
    const body = { settings: { ...current.settings, fiscalYearStartMonth: 4, timeZone: 'Asia/Shanghai' }, expectedVersion: current.version };
    const first = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body }));
    const again = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body }));
    expect(again).toEqual(first);
    // The same body from another admin is theirs to redo on top of the new version: a conflict.
    expect(refusalOf(await signedFetch(url, '/api/v1/settings', { method: 'PUT', userId: USERS.admin, email: 'someone.else@demo-sales.cn', body })).code).toBe('conflict');
    const history = dataOf<{ versions: { version: number }[] }>(await signedFetch(url, '/api/v1/settings/history', { method: 'GET', ...asAdmin }));
    expect(history.versions[0]?.version).toBe(first.version);
    expect(history.versions.filter((v) => v.version > current.version)).toHaveLength(1);
  });

  it('keeps every version in the history, newest first', async () => {
    const history = dataOf<{ versions: { version: number }[] }>(await signedFetch(url, '/api/v1/settings/history', { method: 'GET', ...asAdmin }));
    expect(history.versions.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('restores version 1 as a new version 4, the old settings are back, and the same restore sent again changes nothing', async () => {
    expect(refusalOf(await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 1, expectedVersion: 1 } })).code).toBe('conflict');
    const restored = dataOf(await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 1, expectedVersion: 3 } }));
    expect(restored).toMatchObject({ version: 4, settings: { fiscalYearStartMonth: 1 } });
    expect(dataOf(await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 1, expectedVersion: 3 } }))).toEqual(restored);
    const history = dataOf<{ versions: { version: number }[] }>(await signedFetch(url, '/api/v1/settings/history', { method: 'GET', ...asAdmin }));
    expect(history.versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(refusalOf(await signedFetch(url, '/api/v1/settings/restore', { ...asAdmin, body: { version: 42, expectedVersion: 4 } })).code).toBe('not_found');
  });

  it('refuses invalid settings with the fields to fix, saving nothing', async () => {
    const current = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin }));
    const broken = { ...current.settings, fiscalYearStartMonth: 13 };
    const error = refusalOf(await signedFetch(url, '/api/v1/settings', { method: 'PUT', ...asAdmin, body: { settings: broken, expectedVersion: current.version } }));
    expect(error.code).toBe('invalid');
    expect(error.fields?.map((f) => f.field)).toContain('fiscalYearStartMonth');
    expect(dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin })).version).toBe(current.version);
  });

  it('only admins write: a manager and the director are refused as forbidden', async () => {
    const current = dataOf<VersionDto>(await signedFetch(url, '/api/v1/settings', { method: 'GET', ...asAdmin }));
    for (const userId of [USERS.eastManager, USERS.director]) {
      const answer = await signedFetch(url, '/api/v1/settings', { method: 'PUT', userId, body: { settings: current.settings, expectedVersion: current.version } });
      expect(refusalOf(answer).code).toBe('forbidden');
    }
  });

  it('serves what the settings page needs beside the settings (pipelines, owners, teams, properties, zone)', async () => {
    const body = dataOf<{ pipelines: { id: string }[]; teams: unknown[]; portalTimeZone: string }>(await signedFetch(url, '/api/v1/settings/context', { method: 'GET', ...asAdmin }));
    expect(body.pipelines.map((p) => p.id)).toContain('default');
    expect(body.teams).toHaveLength(3);
    expect(body.portalTimeZone).toBe('Asia/Shanghai');
  });
});
