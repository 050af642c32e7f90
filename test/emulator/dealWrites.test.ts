import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import type { Harness } from './fixtures';
import { failure, startHarness } from './fixtures';

let h: Harness;
let clock = 0;
const at = (minutes: number): string => new Date(Date.UTC(2026, 3, 1, 9, minutes)).toISOString();
beforeEach(async () => {
  clock = Date.UTC(2026, 3, 1, 9, 0);
  h = await startHarness(undefined, { limits: false, now: () => clock });
});
afterEach(() => h.server.close());

const byOwner = (owner: string) => ({
  filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: owner }] }],
  properties: ['dealname'],
  limit: 100,
});

describe('deal writes through the object API', () => {
  it('creating a deal stamps its creation, last-modified and stage-entry dates with the write instant', async () => {
    const made = await h.client.crm.deals.basicApi.create({ properties: { dealname: 'Hooli pilot', dealstage: 'qualifiedtobuy', amount: '700' }, associations: [] });
    expect(made.properties).toMatchObject({
      createdate: at(0),
      hs_lastmodifieddate: at(0),
      hs_v2_date_entered_qualifiedtobuy: at(0),
      pipeline: 'default',
      hs_is_closed: 'false',
      hs_is_closed_won: 'false',
    });
    expect(made.properties.closedate ?? null).toBeNull();
    expect(made.createdAt.toISOString()).toBe(at(0));
  });

  it('every update moves hs_lastmodifieddate and updatedAt, even one that changes no stage', async () => {
    clock += 5 * 60_000;
    const renamed = await h.client.crm.deals.basicApi.update('106', { properties: { dealname: 'Wayne services 2' } });
    expect(renamed.properties.hs_lastmodifieddate).toBe(at(5));
    expect(renamed.updatedAt.toISOString()).toBe(at(5));
    const read = await h.client.crm.deals.basicApi.getById('106', ['hs_lastmodifieddate']);
    expect(read.properties.hs_lastmodifieddate).toBe(at(5));
  });

  it('a deal lost and then won gets its close date set each time, unless the write sets one itself', async () => {
    clock += 60_000;
    const lost = await h.client.crm.deals.basicApi.update('105', { properties: { dealstage: 'closedlost' } });
    expect(lost.properties).toMatchObject({ closedate: at(1), hs_is_closed: 'true', hs_is_closed_won: 'false', hs_v2_date_exited_qualifiedtobuy: at(1) });
    clock += 60_000;
    const won = await h.client.crm.deals.basicApi.update('105', { properties: { dealstage: 'closedwon' } });
    expect(won.properties).toMatchObject({ closedate: at(2), hs_is_closed_won: 'true', hs_v2_date_entered_closedwon: at(2), hs_v2_date_exited_closedlost: at(2) });
    clock += 60_000;
    const reopened = await h.client.crm.deals.basicApi.update('105', { properties: { dealstage: 'appointmentscheduled' } });
    expect(reopened.properties).toMatchObject({ closedate: at(2), hs_is_closed: 'false', hs_is_closed_won: 'false' });
    const chosen = await h.client.crm.deals.basicApi.update('106', { properties: { dealstage: 'closedwon', closedate: '2026-03-31' } });
    expect(chosen.properties.closedate).toBe('2026-03-31T00:00:00.000Z');
  });

  it('leaving a stage records the latest stay and the sum of every stay in it, in milliseconds', async () => {
    const move = async (dealstage: string, minutes: number) => {
      clock += minutes * 60_000;
      return (await h.client.crm.deals.basicApi.update('106', { properties: { dealstage } })).properties;
    };
    await move('qualifiedtobuy', 0);
    expect((await move('appointmentscheduled', 2))).toMatchObject({ hs_v2_latest_time_in_qualifiedtobuy: '120000', hs_v2_cumulative_time_in_qualifiedtobuy: '120000' });
    await move('qualifiedtobuy', 1);
    const again = await move('closedwon', 3);
    expect(again).toMatchObject({ hs_v2_latest_time_in_qualifiedtobuy: '180000', hs_v2_cumulative_time_in_qualifiedtobuy: '300000', hs_v2_date_exited_qualifiedtobuy: at(6) });
  });

  it('an archived deal leaves search and single reads, and is listed with archived=true and its archivedAt', async () => {
    clock += 10 * 60_000;
    await h.client.crm.deals.basicApi.archive('105');
    expect((await failure(h.client.crm.deals.basicApi.getById('105'))).code).toBe(404);
    const found = await h.client.crm.deals.searchApi.doSearch(byOwner('12'));
    expect(found.results.map((d) => d.id).sort()).toEqual(['104', '106']);
    const archived = await h.client.crm.deals.basicApi.getPage(100, undefined, ['dealname'], undefined, undefined, true);
    expect(archived.results.map((d) => [d.id, d.archived, d.archivedAt?.toISOString()])).toEqual([['105', true, at(10)]]);
    const live = await h.client.crm.deals.basicApi.getPage(100);
    expect(live.results.map((d) => d.id)).not.toContain('105');
    const again = await h.client.crm.deals.basicApi.getById('105', ['dealname'], undefined, undefined, true);
    expect(again.properties.dealname).toBe('Stark upgrade');
    const batch = await h.client.crm.deals.batchApi.read({ inputs: [{ id: '105' }, { id: '104' }], properties: [], propertiesWithHistory: [] });
    expect(batch.results.map((d) => d.id)).toEqual(['104']);
  });

  it('archiving an id no live deal has answers 204 like HubSpot, and changes nothing', async () => {
    await h.client.crm.deals.basicApi.archive('999');
    await h.client.crm.deals.basicApi.archive('105');
    await h.client.crm.deals.basicApi.archive('105');
    const archived = await h.client.crm.deals.basicApi.getPage(100, undefined, undefined, undefined, undefined, true);
    expect(archived.results.map((d) => d.id)).toEqual(['105']);
  });
});

describe('batch writes', () => {
  it('batch-creates deals (201) that search then finds', async () => {
    const made = await h.client.crm.deals.batchApi.create({
      inputs: [
        { properties: { dealname: 'A', hubspot_owner_id: '11' }, associations: [] },
        { properties: { dealname: 'B', hubspot_owner_id: '11' }, associations: [] },
      ],
    });
    expect(made.results.map((d) => d.properties.dealname)).toEqual(['A', 'B']);
    const found = await h.client.crm.deals.searchApi.doSearch(byOwner('11'));
    expect(found.total).toBe(5);
  });

  it('refuses a whole batch create when one input is invalid, storing none of it', async () => {
    const bad = await failure(
      h.client.crm.deals.batchApi.create({
        inputs: [
          { properties: { dealname: 'fine', hubspot_owner_id: '11' }, associations: [] },
          { properties: { dealname: 'broken', amount: 'lots', hubspot_owner_id: '11' }, associations: [] },
        ],
      }),
    );
    expect(bad.code).toBe(400);
    expect((await h.client.crm.deals.searchApi.doSearch(byOwner('11'))).total).toBe(3);
  });

  it('batch-updates the deals found and names the missing ids in a 207', async () => {
    const answer = await h.client.crm.deals.batchApi.update({ inputs: [{ id: '106', properties: { amount: '42' } }, { id: '998', properties: { amount: '1' } }] });
    expect(answer.results.map((d) => [d.id, d.properties.amount])).toEqual([['106', '42']]);
    expect((answer as { errors?: unknown[] }).errors).toEqual([
      expect.objectContaining({ category: 'OBJECT_NOT_FOUND', context: { ids: ['998'] } }),
    ]);
    expect((await failure(h.client.crm.deals.batchApi.update({ inputs: [{ id: '106', properties: {} }, { id: '106', properties: {} }] }))).code).toBe(400);
  });

  it('batch-archives (204) and the deals move to the archived list', async () => {
    await h.client.crm.deals.batchApi.archive({ inputs: [{ id: '101' }, { id: '102' }] });
    const archived = await h.client.crm.deals.basicApi.getPage(100, undefined, undefined, undefined, undefined, true);
    expect(archived.results.map((d) => d.id)).toEqual(['101', '102']);
    expect((await h.client.crm.deals.searchApi.doSearch(byOwner('11'))).results.map((d) => d.id)).toEqual(['103']);
  });
});

describe('207 Multi-Status items', () => {
  it('carry status, category, message, context.ids, links and errors as the spec requires', async () => {
    const response = await fetch(`${h.server.url}/crm/v3/objects/deals/batch/read`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-emulator-token', 'content-type': 'application/json' },
      body: JSON.stringify({ inputs: [{ id: '101' }, { id: '997' }, { id: '998' }], properties: [] }),
    });
    expect(response.status).toBe(207);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'COMPLETE', numErrors: 1, startedAt: expect.any(String), completedAt: expect.any(String) });
    expect(body.errors).toEqual([
      {
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        message: 'Could not get some DEAL objects, they may be deleted or not exist. Check that ids are valid.',
        context: { ids: ['997', '998'] },
        links: {},
        errors: [],
      },
    ]);
  });
});
