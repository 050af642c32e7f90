import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { Harness } from './fixtures';
import { failure, smallSnapshot, startHarness } from './fixtures';

const forecast = (id: string, milestone: string, year: string, team: string, deals: string) => ({
  id,
  properties: { hs_created_by_user_id: '901', hs_createdate: '2026-01-05T10:00:00.000Z', hs_lastmodifieddate: '2026-01-06T10:00:00.000Z', hs_milestone: milestone, hs_year: year, hs_team_id: team, hs_included_deal_ids: deals },
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ ...smallSnapshot(), forecasts: [forecast('475911884905', 'QUARTERLY', '2026', '1', '101;102'), forecast('475911884906', 'MONTHLY', '2026', '2', '104')] }, { limits: false });
});
afterAll(() => h.server.close());

const get = async (path: string) => {
  const response = await fetch(`${h.server.url}${path}`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('forecasts (Forecasts API, beta, read-only)', () => {
  it('lists forecast submissions at the guide\'s path with the asked-for properties', async () => {
    const { status, body } = await get('/crm/objects/v3/forecasts?properties=hs_created_by_user_id,hs_milestone,hs_team_id,hs_year,hs_included_deal_ids');
    expect(status).toBe(200);
    expect(body.results).toEqual([
      {
        id: '475911884905',
        properties: {
          hs_created_by_user_id: '901',
          hs_createdate: '2026-01-05T10:00:00.000Z',
          hs_lastmodifieddate: '2026-01-06T10:00:00.000Z',
          hs_milestone: 'QUARTERLY',
          hs_object_id: '475911884905',
          hs_team_id: '1',
          hs_year: '2026',
          hs_included_deal_ids: '101;102',
        },
        createdAt: '2026-01-05T10:00:00.000Z',
        updatedAt: '2026-01-06T10:00:00.000Z',
        archived: false,
      },
      expect.objectContaining({ id: '475911884906' }),
    ]);
  });

  it('reads one forecast by id, 404 for an unknown one, and through the SDK\'s generic objects API', async () => {
    expect((await get('/crm/objects/v3/forecasts/475911884906?properties=hs_milestone')).body).toMatchObject({ id: '475911884906', properties: { hs_milestone: 'MONTHLY' } });
    expect((await get('/crm/objects/v3/forecasts/1')).status).toBe(404);
    const page = await h.client.crm.objects.basicApi.getPage('forecasts', 10, undefined, ['hs_year']);
    expect(page.results.map((f) => f.id)).toEqual(['475911884905', '475911884906']);
    const found = await h.client.crm.objects.searchApi.doSearch('forecasts', {
      filterGroups: [{ filters: [{ propertyName: 'hs_team_id', operator: FilterOperatorEnum.Eq, value: '2' }] }],
      properties: ['hs_milestone'],
    } as never);
    expect(found.results.map((f) => f.properties.hs_milestone)).toEqual(['MONTHLY']);
  });

  it('refuses every write, since the beta offers none', async () => {
    const create = await failure(h.client.crm.objects.basicApi.create('forecasts', { properties: { hs_milestone: 'x' }, associations: [] }));
    expect(create.code).toBe(400);
    expect(create.body).toMatchObject({ category: 'VALIDATION_ERROR', message: expect.stringContaining('read-only') });
    expect((await failure(h.client.crm.objects.basicApi.update('forecasts', '475911884905', { properties: { hs_year: '2027' } }))).code).toBe(400);
    expect((await failure(h.client.crm.objects.basicApi.archive('forecasts', '475911884905'))).code).toBe(400);
    expect((await failure(h.client.crm.objects.batchApi.archive('forecasts', { inputs: [{ id: '475911884905' }] }))).code).toBe(400);
    expect((await get('/crm/objects/v3/forecasts/475911884905')).status).toBe(200);
  });

  it('a snapshot without forecasts serves none', async () => {
    const bare = await startHarness(undefined, { limits: false });
    try {
      expect((await bare.client.crm.objects.basicApi.getPage('forecasts')).results).toEqual([]);
    } finally {
      await bare.server.close();
    }
  });
});
