import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects';
import type { Harness } from './fixtures';
import { failure, PORTAL_ID, startHarness } from './fixtures';

let h: Harness;
let clock = 0;
beforeEach(async () => {
  clock = Date.UTC(2026, 3, 1, 9, 0, 0);
  h = await startHarness(undefined, { limits: false, now: () => clock });
});
afterEach(() => h.server.close());

describe('tasks', () => {
  it('creates an alert task for a manager, associated with the deal, then completes it', async () => {
    const created = await h.client.crm.objects.tasks.basicApi.create({
      properties: { hs_task_subject: 'Stalled: Stark upgrade', hs_timestamp: String(Date.UTC(2026, 3, 2)), hs_task_status: 'NOT_STARTED', hubspot_owner_id: '12' },
      associations: [{ to: { id: '105' }, types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined, associationTypeId: 216 }] }],
    });
    expect(Number(created.id)).toBeGreaterThan(1000);
    expect(created.properties.hs_timestamp).toBe('2026-04-02T00:00:00.000Z');
    expect(created.createdAt.toISOString()).toBe('2026-04-01T09:00:00.000Z');
    const read = await h.client.crm.objects.tasks.basicApi.getById(created.id, ['hs_task_subject'], undefined, ['deals']);
    expect(read.associations?.deals?.results.map((a) => a.id)).toEqual(['105']);
    clock += 60_000;
    const done = await h.client.crm.objects.tasks.basicApi.update(created.id, { properties: { hs_task_status: 'COMPLETED' } });
    expect(done.properties.hs_task_status).toBe('COMPLETED');
    expect(done.updatedAt.toISOString()).toBe('2026-04-01T09:01:00.000Z');
    const open = await h.client.crm.objects.tasks.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'hs_task_status', operator: FilterOperatorEnum.Eq, value: 'completed' }] }],
    } as never);
    expect(open.results.map((t) => t.id)).toEqual([created.id]);
  });

  it('refuses unknown, read-only and badly typed properties with HubSpot\'s validation message', async () => {
    const bad = await failure(h.client.crm.objects.tasks.basicApi.create({ properties: { hs_task_colour: 'red', hs_object_id: '5', hs_timestamp: 'soon' }, associations: [] }));
    expect(bad.code).toBe(400);
    const message = (bad.body as { message: string }).message;
    expect(message).toMatch(/^Property values were not valid: /);
    const problems = JSON.parse(message.replace('Property values were not valid: ', '')) as { name: string; error: string }[];
    expect(problems.map((p) => [p.name, p.error])).toEqual([
      ['hs_task_colour', 'PROPERTY_DOESNT_EXIST'],
      ['hs_object_id', 'READ_ONLY_VALUE'],
      ['hs_timestamp', 'INVALID_DATE'],
    ]);
  });
});

describe('deals', () => {
  it('moving a deal to closed won stamps the stage entry and the won flags, and search sees it at once', async () => {
    const moved = await h.client.crm.deals.basicApi.update('105', { properties: { dealstage: 'closedwon', closedate: '2026-04-01' } });
    expect(moved.properties).toMatchObject({
      dealstage: 'closedwon',
      hs_is_closed: 'true',
      hs_is_closed_won: 'true',
      hs_v2_date_entered_closedwon: '2026-04-01T09:00:00.000Z',
      hs_v2_date_exited_qualifiedtobuy: '2026-04-01T09:00:00.000Z',
      closedate: '2026-04-01T00:00:00.000Z',
    });
    const won = await h.client.crm.deals.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: '12' }, { propertyName: 'hs_is_closed_won', operator: FilterOperatorEnum.Eq, value: 'true' }] }],
    } as never);
    expect(won.results.map((d) => d.id).sort()).toEqual(['104', '105']);
  });

  it('answers 404 when updating a deal that does not exist', async () => {
    expect((await failure(h.client.crm.deals.basicApi.update('999', { properties: { amount: '1' } }))).code).toBe(404);
  });
});

describe('custom objects for the settings store', () => {
  const createSchema = async () => {
    const created = await h.client.crm.schemas.coreApi.create({
      name: 'kpi_settings',
      labels: { singular: 'KPI setting', plural: 'KPI settings' },
      primaryDisplayProperty: 'setting_key',
      requiredProperties: ['setting_key'],
      searchableProperties: ['setting_key'],
      secondaryDisplayProperties: [],
      associatedObjects: [],
      properties: [
        { name: 'setting_key', label: 'Key', type: 'string', fieldType: 'text', hasUniqueValue: true },
        { name: 'payload', label: 'Payload', type: 'string', fieldType: 'textarea' },
        { name: 'revision', label: 'Revision', type: 'number', fieldType: 'number' },
      ] as never,
    });
    const { objectTypeId, fullyQualifiedName } = created;
    if (objectTypeId === undefined || fullyQualifiedName === undefined) throw new Error('schema without its ids');
    return { ...created, objectTypeId, fullyQualifiedName };
  };

  it('creates a schema with a 2-n objectTypeId and p<portal>_<name>, readable by either and listed', async () => {
    const schema = await createSchema();
    expect(schema.objectTypeId).toMatch(/^2-\d+$/);
    expect(schema.fullyQualifiedName).toBe(`p${PORTAL_ID}_kpi_settings`);
    expect(schema.properties.find((p) => p.name === 'setting_key')?.hasUniqueValue).toBe(true);
    expect((await h.client.crm.schemas.coreApi.getById(schema.objectTypeId)).name).toBe('kpi_settings');
    expect((await h.client.crm.schemas.coreApi.getById(schema.fullyQualifiedName)).objectTypeId).toBe(schema.objectTypeId);
    expect((await h.client.crm.schemas.coreApi.getAll()).results.map((s) => s.name)).toEqual(['kpi_settings']);
    expect((await failure(createSchema())).code).toBe(409);
    expect((await failure(h.client.crm.schemas.coreApi.getById('2-1'))).code).toBe(404);
  });

  it('stores, finds and updates records by objectTypeId, full name, short name and unique key', async () => {
    const schema = await createSchema();
    const saved = await h.client.crm.objects.basicApi.create(schema.objectTypeId, { properties: { setting_key: 'portal', payload: '{"v":1}', revision: '1' }, associations: [] });
    const found = await h.client.crm.objects.searchApi.doSearch(schema.fullyQualifiedName, {
      filterGroups: [{ filters: [{ propertyName: 'setting_key', operator: FilterOperatorEnum.Eq, value: 'portal' }] }],
      properties: ['payload', 'revision'],
    } as never);
    expect(found.results.map((r) => [r.id, r.properties.payload])).toEqual([[saved.id, '{"v":1}']]);
    const byKey = await h.client.crm.objects.basicApi.getById('kpi_settings', 'portal', ['payload'], undefined, undefined, false, 'setting_key');
    expect(byKey.id).toBe(saved.id);
    await h.client.crm.objects.basicApi.update('p_kpi_settings', 'portal', { properties: { payload: '{"v":2}', revision: '2' } }, 'setting_key');
    const batch = await h.client.crm.objects.batchApi.read(schema.objectTypeId, { inputs: [{ id: 'portal' }], idProperty: 'setting_key', properties: ['payload'], propertiesWithHistory: [] });
    expect(batch.results[0]?.properties.payload).toBe('{"v":2}');
  });

  it('refuses a second record with the same unique value (409 naming the holder) and a missing required property', async () => {
    const schema = await createSchema();
    const first = await h.client.crm.objects.basicApi.create(schema.objectTypeId, { properties: { setting_key: 'portal' }, associations: [] });
    const duplicate = await failure(h.client.crm.objects.basicApi.create(schema.objectTypeId, { properties: { setting_key: 'portal' }, associations: [] }));
    expect(duplicate.code).toBe(409);
    expect(duplicate.body).toMatchObject({ category: 'CONFLICT', message: expect.stringContaining(`Existing ID: ${first.id}`) });
    const other = await h.client.crm.objects.basicApi.create(schema.objectTypeId, { properties: { setting_key: 'team:t1' }, associations: [] });
    expect((await failure(h.client.crm.objects.basicApi.update(schema.objectTypeId, other.id, { properties: { setting_key: 'portal' } }))).code).toBe(409);
    const same = await h.client.crm.objects.basicApi.update(schema.objectTypeId, first.id, { properties: { setting_key: 'portal', payload: 'x' } });
    expect(same.properties.payload).toBe('x');
    expect((await failure(h.client.crm.objects.basicApi.create(schema.objectTypeId, { properties: { payload: 'orphan' }, associations: [] }))).code).toBe(400);
  });

  it('refuses idProperty lookups on a property that is not unique', async () => {
    const schema = await createSchema();
    expect((await failure(h.client.crm.objects.basicApi.getById(schema.objectTypeId, 'x', undefined, undefined, undefined, false, 'payload'))).code).toBe(400);
  });
});
