import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import type { Harness } from './fixtures';
import { failure, startHarness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, { limits: false });
});
afterAll(() => h.server.close());

describe('owners through the SDK', () => {
  it('lists active owners with paging, and archived ones only when asked', async () => {
    const first = await h.client.crm.owners.ownersApi.getPage(undefined, undefined, 1);
    expect(first.results.map((o) => o.email)).toEqual(['ann@example.com']);
    expect(first.results[0]?.createdAt).toBeInstanceOf(Date);
    expect(first.results[0]?.teams?.[0]?.name).toBe('East');
    const after = first.paging?.next?.after;
    expect(after).toBeDefined();
    const second = await h.client.crm.owners.ownersApi.getPage(undefined, after, 1);
    expect(second.results.map((o) => o.id)).toEqual(['12']);
    expect(second.paging).toBeUndefined();
    const archived = await h.client.crm.owners.ownersApi.getPage(undefined, undefined, 100, true);
    expect(archived.results.map((o) => o.id)).toEqual(['13']);
  });

  it('filters by email and reads one owner by id or by user id', async () => {
    const bob = await h.client.crm.owners.ownersApi.getPage('BOB@example.com');
    expect(bob.results.map((o) => o.id)).toEqual(['12']);
    expect((await h.client.crm.owners.ownersApi.getById(11)).email).toBe('ann@example.com');
    expect((await h.client.crm.owners.ownersApi.getById(902, 'userId')).id).toBe('12');
    expect((await failure(h.client.crm.owners.ownersApi.getById(999))).code).toBe(404);
  });

  it('refuses a page larger than 500', async () => {
    expect((await failure(h.client.crm.owners.ownersApi.getPage(undefined, undefined, 501))).code).toBe(400);
  });
});

describe('pipelines through the SDK', () => {
  it('returns deal pipelines with stage metadata by name and by object type id', async () => {
    const all = await h.client.crm.pipelines.pipelinesApi.getAll('deals');
    expect(all.results.map((p) => p.id)).toEqual(['default']);
    expect(all.results[0]?.stages.map((s) => s.id)).toEqual(['appointmentscheduled', 'qualifiedtobuy', 'closedwon', 'closedlost']);
    expect(all.results[0]?.stages[2]?.metadata).toEqual({ probability: '1.0', isClosed: 'true' });
    const byTypeId = await h.client.crm.pipelines.pipelinesApi.getById('0-3', 'default');
    expect(byTypeId.label).toBe('Sales Pipeline');
    expect((await failure(h.client.crm.pipelines.pipelinesApi.getById('deals', 'nope'))).code).toBe(404);
  });
});

describe('deal search through the SDK', () => {
  it("finds Ann's deals won in Q1 2026 with a date range given as ms and ISO", async () => {
    const page = await h.client.crm.deals.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            { propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: '11' },
            { propertyName: 'dealstage', operator: FilterOperatorEnum.Eq, value: 'CLOSEDWON' },
            { propertyName: 'closedate', operator: FilterOperatorEnum.Between, value: String(Date.UTC(2026, 0, 1)), highValue: '2026-03-31T23:59:59.999Z' },
          ],
        },
      ],
      properties: ['amount', 'dealstage'],
      sorts: [JSON.stringify({ propertyName: 'amount', direction: 'DESCENDING' })],
      limit: 10,
      after: '0',
    });
    expect(page.total).toBe(2);
    expect(page.results.map((d) => d.id)).toEqual(['102', '101']);
    expect(page.results[0]?.properties).toEqual({
      amount: '5000',
      dealstage: 'closedwon',
      createdate: '2026-01-05T00:00:00.000Z',
      hs_lastmodifieddate: expect.any(String),
      hs_object_id: '102',
    });
    expect(page.results[0]?.updatedAt).toBeInstanceOf(Date);
  });

  it('returns the documented default deal properties when none are named', async () => {
    const page = await h.client.crm.deals.searchApi.doSearch({ filterGroups: [], limit: 1 } as never);
    expect(Object.keys(page.results[0]?.properties ?? {}).sort()).toEqual(
      ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'].sort(),
    );
  });

  it('ORs filter groups and pages with the after cursor', async () => {
    const request = {
      filterGroups: [
        { filters: [{ propertyName: 'amount', operator: FilterOperatorEnum.Gte, value: '3000' }] },
        { filters: [{ propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.NotHasProperty }] },
      ],
      properties: ['amount'],
      sorts: ['amount'],
      limit: 2,
    };
    const first = await h.client.crm.deals.searchApi.doSearch({ ...request, after: '0' } as never);
    expect(first.total).toBe(4);
    expect(first.results.map((d) => d.id)).toEqual(['107', '104']);
    const second = await h.client.crm.deals.searchApi.doSearch({ ...request, after: first.paging?.next?.after } as never);
    expect(second.results.map((d) => d.id)).toEqual(['102', '105']);
    expect(second.paging).toBeUndefined();
  });

  it('searches other types generically: goal_targets, meetings and tasks by name or type id', async () => {
    const goals = await h.client.crm.objects.searchApi.doSearch('goal_targets', {
      filterGroups: [{ filters: [{ propertyName: 'hs_assignee_user_id', operator: FilterOperatorEnum.In, values: ['901', '902'] }] }],
      properties: ['hs_target_amount'],
    } as never);
    expect(goals.results.map((g) => g.properties.hs_target_amount)).toEqual(['6000']);
    const meetings = await h.client.crm.objects.searchApi.doSearch('0-47', {
      filterGroups: [{ filters: [{ propertyName: 'hs_timestamp', operator: FilterOperatorEnum.Lt, value: '2026-02-03T00:00:00Z' }] }],
    } as never);
    expect(meetings.results.map((m) => m.id)).toEqual(['601']);
    const tasks = await h.client.crm.objects.tasks.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'hs_task_status', operator: FilterOperatorEnum.Neq, value: 'COMPLETED' }] }],
    } as never);
    expect(tasks.total).toBe(1);
  });
});

describe('deal reads through the SDK', () => {
  it('batch-reads in request order and reports missing ids with a 207', async () => {
    const all = await h.client.crm.deals.batchApi.read({ inputs: [{ id: '104' }, { id: '101' }], properties: ['amount'], propertiesWithHistory: [] });
    expect(all.results.map((d) => [d.id, d.properties.amount])).toEqual([['104', '3000'], ['101', '1200.50']]);
    const some = await h.client.crm.deals.batchApi.read({ inputs: [{ id: '101' }, { id: '999' }], properties: ['amount'], propertiesWithHistory: [] });
    expect(some.results.map((d) => d.id)).toEqual(['101']);
    expect((some as { errors?: { category: string; context?: Record<string, string[]> }[] }).errors?.[0]).toMatchObject({
      category: 'OBJECT_NOT_FOUND',
      context: { ids: ['999'] },
    });
  });

  it('refuses more than 100 batch inputs', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ id: String(i) }));
    expect((await failure(h.client.crm.deals.batchApi.read({ inputs, properties: [], propertiesWithHistory: [] }))).code).toBe(400);
  });

  it('gets one deal by id with chosen properties (unset ones as null) and 404 for an unknown id', async () => {
    const deal = await h.client.crm.deals.basicApi.getById('106', ['amount', 'dealname', 'no_such_property']);
    expect(deal.properties.amount).toBeNull();
    expect(deal.properties.dealname).toBe('Wayne services');
    expect('no_such_property' in deal.properties).toBe(false);
    const viaTypeId = await h.client.crm.objects.basicApi.getById('0-3', '101', ['collected_amount']);
    expect(viaTypeId.properties.collected_amount).toBe('1000');
    const missing = await failure(h.client.crm.deals.basicApi.getById('999'));
    expect(missing.code).toBe(404);
    expect(missing.body).toMatchObject({ category: 'OBJECT_NOT_FOUND' });
  });

  it('lists deals in id order with paging', async () => {
    const first = await h.client.crm.deals.basicApi.getPage(3, undefined, ['dealname']);
    expect(first.results.map((d) => d.id)).toEqual(['101', '102', '103']);
    const rest = await h.client.crm.deals.basicApi.getPage(100, first.paging?.next?.after, ['dealname']);
    expect(rest.results.map((d) => d.id)).toEqual(['104', '105', '106', '107']);
  });
});

describe('deal properties through the SDK', () => {
  it('types standard properties as HubSpot does and types custom ones from the data', async () => {
    const { results } = await h.client.crm.properties.coreApi.getAll('deals');
    const byName = new Map(results.map((p) => [p.name, p]));
    expect(byName.get('amount')).toMatchObject({ type: 'number', fieldType: 'number' });
    expect(byName.get('closedate')).toMatchObject({ type: 'datetime', fieldType: 'date' });
    expect(byName.get('hs_v2_date_entered_closedwon')).toMatchObject({ type: 'datetime' });
    expect(byName.get('dealstage')?.type).toBe('enumeration');
    expect(byName.get('dealstage')?.options.map((o) => o.value)).toContain('qualifiedtobuy');
    expect(byName.get('pipeline')?.type).toBe('enumeration');
    expect(byName.get('collected_amount')).toMatchObject({ type: 'number', hubspotDefined: false });
  });
});

describe('users through the SDK', () => {
  it('reads a user by id and answers 404 for an unknown one', async () => {
    const ann = await h.client.settings.users.usersApi.getById('901');
    expect(ann.email).toBe('ann@example.com');
    expect(ann.superAdmin).toBe(false);
    expect((await h.client.settings.users.usersApi.getById('admin@example.com', 'EMAIL')).superAdmin).toBe(true);
    expect((await failure(h.client.settings.users.usersApi.getById('999'))).code).toBe(404);
  });
});

describe('request counter', () => {
  it('counts requests per route template and resets', async () => {
    h.emulator.stats.reset();
    await h.client.crm.pipelines.pipelinesApi.getAll('deals');
    await h.client.crm.deals.basicApi.getById('101');
    await h.client.crm.deals.basicApi.getById('102');
    expect(h.emulator.stats.requests).toBe(3);
    expect(h.emulator.stats.byRoute).toEqual({
      'GET /crm/v3/pipelines/{objectType}': 1,
      'GET /crm/v3/objects/{objectType}/{objectId}': 2,
    });
    h.emulator.stats.reset();
    expect(h.emulator.stats.requests).toBe(0);
  });
});
