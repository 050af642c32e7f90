import type { Client } from '@hubspot/api-client';
import { createCrmEmulator, type RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { Snapshot } from '../../src/domain/snapshot';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { ObjectsApi } from '../../src/crm/objectsApi';
import { sdkClient } from '../../src/crm/sdkClient';
import { openPortalObjectStore } from '../../src/store/portalObjectStore';
import { MAX_PROPERTY_VALUE_CHARS, SETTINGS_OBJECT_NAME } from '../../src/store/portalSettingsObject';
import { manualClock, settingsStoreContract, settingsWith } from './settingsStoreContract';

const emptyPortal = (id: number): Snapshot => ({ portal: { id, timeZone: 'UTC', currency: 'USD' }, owners: [], pipelines: [], deals: [] });

/**
 * A portal emulated over HTTP: the store reaches it through src/crm's object endpoints (the
 * real SDK underneath), the test looks at it with the SDK directly.
 */
async function startPortal(id = 881): Promise<{ client: Client; objects: ObjectsApi; running: RunningEmulator }> {
  const running = await createCrmEmulator(emptyPortal(id), { limits: false }).listen(0);
  const connection = { accessToken: DEMO_TOKEN, basePath: running.url };
  // The emulator runs without rate limits here, and so does the gateway: these tests are about the records, not the pace.
  const unlimited = { searchPerWindow: 10_000, searchWindowMs: 1_000, generalPerWindow: 10_000, generalWindowMs: 1_000 };
  return { client: sdkClient(connection, 0), objects: createCrmGateway({ ...connection, rateLimits: unlimited }).objects, running };
}

async function settingsObjectTypeId(client: Client): Promise<string> {
  const schema = (await client.crm.schemas.coreApi.getAll()).results.find((s) => s.name === SETTINGS_OBJECT_NAME);
  if (schema?.objectTypeId === undefined) throw new Error('the settings object was not created');
  return schema.objectTypeId;
}

describe('PortalObjectStore as a SettingsStore (emulator over HTTP)', () => {
  settingsStoreContract(
    async (now) => {
      const { client, objects, running } = await startPortal();
      return {
        store: openPortalObjectStore({ objects, now }),
        async corrupt(portalId, version, text) {
          await client.crm.objects.basicApi.update(await settingsObjectTypeId(client), `${portalId}:${version}`, { properties: { settings_json: text } }, 'version_key');
        },
        close: () => running.close(),
      };
    },
    { propertyRuns: 15 },
  );
});

describe('settings kept in the portal', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  beforeEach(async () => {
    portal = await startPortal();
  });
  afterEach(() => portal.running.close());

  it('creates the custom object on the first save, not on reads, with a unique version key', async () => {
    const store = openPortalObjectStore({ objects: portal.objects, now: manualClock().now });
    expect(await store.getCurrent(881)).toBeNull();
    expect(await store.history(881)).toEqual([]);
    expect((await portal.client.crm.schemas.coreApi.getAll()).results).toEqual([]);

    expect((await store.save(881, settingsWith(4), { expectedVersion: 0, savedBy: 'ana@example.com' })).ok).toBe(true);
    const schema = (await portal.client.crm.schemas.coreApi.getAll()).results.find((s) => s.name === SETTINGS_OBJECT_NAME);
    const versionKey = schema?.properties.find((p) => p.name === 'version_key');
    expect(versionKey?.hasUniqueValue).toBe(true);
    const records = await portal.client.crm.objects.basicApi.getPage(await settingsObjectTypeId(portal.client), 10, undefined, ['version', 'saved_by']);
    expect(records.results.map((r) => r.properties)).toEqual([expect.objectContaining({ version: '1', saved_by: 'ana@example.com' })]);
  });

  it('refuses settings longer than a HubSpot property value can hold, and stores nothing', async () => {
    const store = openPortalObjectStore({ objects: portal.objects, now: manualClock().now });
    const huge = { ...settingsWith(4), quotas: Array.from({ length: 1500 }, (_, i) => ({ ownerId: `owner-${i}`, period: '2026', amount: 1_000_000 + i, split: 'even' as const })) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_PROPERTY_VALUE_CHARS);
    const r = await store.save(881, huge, { expectedVersion: 0, savedBy: 'ana' });
    expect(r.ok ? null : r.error).toEqual(expect.objectContaining({ kind: 'too_large', limit: 65_536, message: expect.stringMatching(/the most that can be stored is 65536/) }));
    expect(await store.history(881)).toEqual([]);
  });

  it('lets one of two backends win when both create the object and save version 1 at once', async () => {
    const clock = manualClock();
    const [one, two] = [openPortalObjectStore({ objects: portal.objects, now: clock.now }), openPortalObjectStore({ objects: portal.objects, now: clock.now })];
    const results = await Promise.all([
      one.save(881, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }),
      two.save(881, settingsWith(7), { expectedVersion: 0, savedBy: 'bob' }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await one.history(881)).toEqual(await two.history(881));
    expect((await portal.client.crm.schemas.coreApi.getAll()).results).toHaveLength(1);
  });

  it('counts a save whose record already landed (a retry after a lost reply) as its own, not as a conflict', async () => {
    const store = openPortalObjectStore({ objects: portal.objects, now: manualClock().now, newWriteId: () => 'write-42' });
    await store.save(881, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
    // Ana's save of version 2 reached HubSpot, but the reply was lost; her browser sends it again.
    await portal.client.crm.objects.basicApi.create(await settingsObjectTypeId(portal.client), {
      properties: { portal_id: '881', version: '2', version_key: '881:2', settings_json: JSON.stringify(settingsWith(5)), saved_by: 'ana', saved_at: '2026-07-01T09:00:00.000Z', write_id: 'write-42' },
      associations: [],
    });
    const again = await store.save(881, settingsWith(5), { expectedVersion: 1, savedBy: 'ana' });
    expect(again.ok && again.value.version).toBe(2);
    // Bob's write with the same base version is a real conflict.
    const bob = openPortalObjectStore({ objects: portal.objects, now: manualClock().now, newWriteId: () => 'write-43' });
    const r = await bob.save(881, settingsWith(6), { expectedVersion: 1, savedBy: 'bob' });
    expect(r.ok ? null : r.error).toEqual(expect.objectContaining({ kind: 'conflict', currentVersion: 2 }));
  });

  it('pages history past one search page (200 records)', async () => {
    const store = openPortalObjectStore({ objects: portal.objects, now: manualClock().now });
    for (let v = 0; v < 230; v++) await store.save(881, settingsWith((v % 12) + 1), { expectedVersion: v, savedBy: 'bulk' });
    const history = await store.history(881);
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: 230 }, (_, i) => 230 - i));
    expect((await store.getCurrent(881))?.version).toBe(230);
  });

  it('ignores records of another portal found in the same account', async () => {
    const store = openPortalObjectStore({ objects: portal.objects, now: manualClock().now });
    await store.save(881, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
    await store.save(992, settingsWith(9), { expectedVersion: 0, savedBy: 'mallory' });
    expect((await store.history(881)).map((h) => h.savedBy)).toEqual(['ana']);
    expect((await store.getCurrent(881))?.settings).toEqual(settingsWith(4));
  });

  it('keeps each portal in its own account when given one client per portal', async () => {
    const second = await startPortal(992);
    try {
      const objects: Record<number, ObjectsApi> = { 881: portal.objects, 992: second.objects };
      const store = openPortalObjectStore({ objects: (id) => objects[id] ?? portal.objects, now: manualClock().now });
      await store.save(881, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
      expect(await store.getCurrent(992)).toBeNull();
      expect((await second.client.crm.schemas.coreApi.getAll()).results).toEqual([]);
      await store.save(992, settingsWith(9), { expectedVersion: 0, savedBy: 'bo' });
      expect((await store.getCurrent(992))?.settings).toEqual(settingsWith(9));
      expect((await store.getCurrent(881))?.settings).toEqual(settingsWith(4));
    } finally {
      await second.running.close();
    }
  });
});
