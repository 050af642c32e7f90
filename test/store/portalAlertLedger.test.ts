import type { Client } from '@hubspot/api-client';
import type { Snapshot } from '../../src/domain/snapshot';
import { createCrmEmulator, type RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { alertKeySchema, type AlertEntry } from '../../src/store/alertLedger';
import { ALERT_LEDGER_OBJECT_NAME, alertKeyValue } from '../../src/store/alertLedgerObject';
import { CorruptRecordError } from '../../src/store/corruptRecordError';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { ObjectsApi } from '../../src/crm/objectsApi';
import { sdkClient } from '../../src/crm/sdkClient';
import { openPortalAlertLedger } from '../../src/store/portalAlertLedger';
import { openPortalObjectStore } from '../../src/store/portalObjectStore';
import { SETTINGS_OBJECT_NAME } from '../../src/store/portalSettingsObject';
import { alertLedgerContract, eastLeadAlert } from './alertLedgerContract';
import { manualClock, settingsWith } from './settingsStoreContract';

const emptyPortal = (id: number): Snapshot => ({ portal: { id, timeZone: 'UTC', currency: 'USD' }, owners: [], pipelines: [], deals: [] });

/**
 * A portal emulated over HTTP: the store reaches it through src/crm's object endpoints (the
 * real SDK underneath), the test looks at it with the SDK directly.
 */
async function startPortal(id = 7): Promise<{ client: Client; objects: ObjectsApi; running: RunningEmulator }> {
  const running = await createCrmEmulator(emptyPortal(id), { limits: false }).listen(0);
  const connection = { accessToken: DEMO_TOKEN, basePath: running.url };
  // The emulator runs without rate limits here, and so does the gateway: these tests are about the records, not the pace.
  const unlimited = { searchPerWindow: 10_000, searchWindowMs: 1_000, generalPerWindow: 10_000, generalWindowMs: 1_000 };
  return { client: sdkClient(connection, 0), objects: createCrmGateway({ ...connection, rateLimits: unlimited }).objects, running };
}

async function objectTypeId(client: Client, name: string): Promise<string> {
  const schema = (await client.crm.schemas.coreApi.getAll()).results.find((s) => s.name === name);
  if (schema?.objectTypeId === undefined) throw new Error(`the ${name} object was not created`);
  return schema.objectTypeId;
}

const ledgerType = (client: Client) => objectTypeId(client, ALERT_LEDGER_OBJECT_NAME);
const entry = eastLeadAlert as AlertEntry;

describe('PortalAlertLedger as an AlertLedger (emulator over HTTP)', () => {
  alertLedgerContract(
    async () => {
      const { client, objects, running } = await startPortal();
      return {
        ledger: openPortalAlertLedger({ objects }),
        async corrupt(key, field, value) {
          await client.crm.objects.basicApi.update(await ledgerType(client), alertKeyValue(alertKeySchema.parse(key)), { properties: { [field]: String(value) } }, 'alert_key');
        },
        close: () => running.close(),
      };
    },
    { propertyRuns: 12 },
  );
});

describe('the alert ledger kept in the portal', () => {
  let portal: Awaited<ReturnType<typeof startPortal>>;
  beforeEach(async () => {
    portal = await startPortal();
  });
  afterEach(() => portal.running.close());

  it('creates the custom object on the first write, not on reads, with the whole key as one unique value', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    expect(await ledger.get(eastLeadAlert)).toBeNull();
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([]);
    expect((await portal.client.crm.schemas.coreApi.getAll()).results).toEqual([]);

    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    const schema = (await portal.client.crm.schemas.coreApi.getAll()).results.find((s) => s.name === ALERT_LEDGER_OBJECT_NAME);
    expect(schema?.properties.find((p) => p.name === 'alert_key')?.hasUniqueValue).toBe(true);
    const records = await portal.client.crm.objects.basicApi.getPage(await ledgerType(portal.client), 10, undefined, ['alert_key', 'task_id', 'rate', 'resolved_at']);
    expect(records.results.map((r) => r.properties)).toEqual([
      expect.objectContaining({ alert_key: '7:2026-Q3:default:appointmentscheduled:qualifiedtobuy:team:east', task_id: 'task-901', rate: String(9 / 41) }),
    ]);
    expect(records.results[0]?.properties.resolved_at ?? null).toBeNull();
  });

  it('turns a create that collides with an existing record (a retry after a lost reply, another scan) into an update of that record', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    await ledger.upsert(eastLeadAlert);
    // Another scan's write of the same alert landed first, with its own task.
    await portal.client.crm.objects.basicApi.update(await ledgerType(portal.client), alertKeyValue(entry), { properties: { task_id: 'task-other' } }, 'alert_key');
    const mine = { ...eastLeadAlert, taskId: 'task-901', lastSeenAt: eastLeadAlert.lastSeenAt + 60_000 };
    expect((await ledger.upsert(mine)).ok).toBe(true);
    const all = await portal.client.crm.objects.basicApi.getPage(await ledgerType(portal.client), 10);
    expect(all.results).toHaveLength(1);
    expect(await ledger.get(eastLeadAlert)).toEqual(mine);
  });

  it('reads its own write at once through the key, without waiting for search', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    // A second ledger (the next app-function invocation) knows nothing in memory.
    expect((await openPortalAlertLedger({ objects: portal.objects }).get(eastLeadAlert))?.taskId).toBe('task-901');
  });

  it('pages the open list past one search page (200 records)', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    const owners = Array.from({ length: 230 }, (_, i) => String(70_000 + i));
    for (const [i, groupId] of owners.entries()) await ledger.upsert({ ...eastLeadAlert, groupType: 'owner', groupId, taskId: `task-${i}` });
    const open = await ledger.listOpen(7, '2026-Q3');
    expect(open.map((e) => e.groupId)).toEqual(owners);
    expect(new Set(open.map((e) => e.taskId)).size).toBe(230);
  });

  it('never shows one portal the alerts of another kept in the same account', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-7' });
    await ledger.upsert({ ...eastLeadAlert, portalId: 992, taskId: 'task-992' });
    expect((await ledger.listOpen(7, '2026-Q3')).map((e) => e.taskId)).toEqual(['task-7']);
    expect((await ledger.get({ ...eastLeadAlert, portalId: 992 }))?.taskId).toBe('task-992');
  });

  it('rejects a record whose key names this portal but whose portal id names another', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    await ledger.upsert(eastLeadAlert);
    await portal.client.crm.objects.basicApi.update(await ledgerType(portal.client), alertKeyValue(entry), { properties: { portal_id: '992' } }, 'alert_key');
    await expect(ledger.get(eastLeadAlert)).rejects.toThrow(CorruptRecordError);
    await expect(ledger.get(eastLeadAlert)).rejects.toThrow(/belongs to portal 992, not 7/);
  });

  it('keeps its object apart from the settings object when both are created at once', async () => {
    const ledger = openPortalAlertLedger({ objects: portal.objects });
    const settings = openPortalObjectStore({ objects: portal.objects, now: manualClock().now });
    const [saved, written] = await Promise.all([settings.save(7, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }), ledger.upsert(eastLeadAlert)]);
    expect([saved.ok, written.ok]).toEqual([true, true]);
    const names = (await portal.client.crm.schemas.coreApi.getAll()).results.map((s) => s.name).sort();
    expect(names).toEqual([ALERT_LEDGER_OBJECT_NAME, SETTINGS_OBJECT_NAME].sort());
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([eastLeadAlert]);
    expect((await settings.getCurrent(7))?.version).toBe(1);
  });

  it('lets one of two first writers create the object when both write at once, and both entries land', async () => {
    const [one, two] = [openPortalAlertLedger({ objects: portal.objects }), openPortalAlertLedger({ objects: portal.objects })];
    const results = await Promise.all([one.upsert(eastLeadAlert), two.upsert({ ...eastLeadAlert, groupId: 'south' })]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await portal.client.crm.schemas.coreApi.getAll()).results).toHaveLength(1);
    expect((await one.listOpen(7, '2026-Q3')).map((e) => e.groupId)).toEqual(['east', 'south']);
  });
});
