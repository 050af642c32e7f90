import type { Harness } from './fixtures';
import { failure, smallSnapshot, startHarness } from './fixtures';

const region = {
  name: 'region', label: 'Region', type: 'enumeration', fieldType: 'select', groupName: 'companyinformation',
  options: [{ value: 'east_china', label: 'East China 华东' }, { value: 'north_china', label: 'North China 华北' }],
};

let h: Harness;
beforeAll(async () => {
  const snapshot = smallSnapshot();
  h = await startHarness({
    ...snapshot,
    companies: [{ id: '7001', properties: { name: 'Acme', region: 'east_china', lifecyclestage: 'customer' } }],
    propertyDefinitions: { companies: [region] },
  }, { limits: false });
});
afterAll(() => h.server.close());

describe('company property definitions through the SDK', () => {
  it('serves a portal property the snapshot defines with its type and option labels, not typed from the values', async () => {
    const def = await h.client.crm.properties.coreApi.getByName('companies', 'region');
    expect(def).toMatchObject({ name: 'region', label: 'Region', type: 'enumeration', fieldType: 'select', hubspotDefined: false });
    expect(def.options.map((o) => [o.value, o.label, o.displayOrder])).toEqual([['east_china', 'East China 华东', 0], ['north_china', 'North China 华北', 1]]);
  });

  it('gives the lifecycle stage HubSpot\'s default options, and 404 for a property the portal does not have', async () => {
    const stage = await h.client.crm.properties.coreApi.getByName('companies', 'lifecyclestage');
    expect(stage.options.map((o) => o.value)).toEqual(['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other']);
    expect(stage.options.find((o) => o.value === 'marketingqualifiedlead')?.label).toBe('Marketing Qualified Lead');
    expect((await failure(h.client.crm.properties.coreApi.getByName('companies', 'no_such_property'))).code).toBe(404);
  });
});
