import type { Snapshot } from '../../src/domain/snapshot';
import type { Harness } from './fixtures';
import { failure, smallSnapshot, startHarness } from './fixtures';

/** The small portal with Acme (tier A) and Globex, and line items on Ann's two won deals. */
function withCustomers(): Snapshot {
  const base = smallSnapshot();
  const link = (companyId: string, primary: boolean) => ({ id: companyId, type: primary ? 'deal_to_company' : 'deal_to_company_unlabeled' });
  const associations: Record<string, NonNullable<Snapshot['deals'][number]['associations']>> = {
    '101': { companies: { results: [link('201', true), link('201', false)] }, line_items: { results: [{ id: '301', type: 'deal_to_line_item' }] } },
    '102': { companies: { results: [link('202', true), link('202', false), link('201', false)] }, line_items: { results: [{ id: '302', type: 'deal_to_line_item' }, { id: '303', type: 'deal_to_line_item' }] } },
  };
  return {
    ...base,
    deals: base.deals.map((d) => (associations[d.id] ? { ...d, associations: associations[d.id] } : d)),
    companies: [
      { id: '201', properties: { name: 'Acme', lifecyclestage: 'customer', hubspot_owner_id: '11', tier: 'A' } },
      { id: '202', properties: { name: 'Globex', lifecyclestage: 'customer', hubspot_owner_id: '11' } },
    ],
    lineItems: [
      { id: '301', properties: { name: 'Licence', hs_product_id: '9001', quantity: '1', price: '1200.50', amount: '1200.50' } },
      { id: '302', properties: { name: 'Licence', hs_product_id: '9001', quantity: '2', price: '2000', amount: '4000' } },
      { id: '303', properties: { name: 'Onboarding', hs_product_id: '9003', quantity: '1', price: '1000', amount: '1000' } },
    ],
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(withCustomers(), { limits: false });
});
afterAll(() => h.server.close());

const batchRead = (from: string, to: string, ids: string[]) => h.client.crm.associations.v4.batchApi.getPage(from, to, { inputs: ids.map((id) => ({ id })) });

describe('associations v4 batch read through the SDK', () => {
  it("reads each deal's companies with the primary type (5) and the unlabeled one (341)", async () => {
    const answer = await batchRead('deals', 'companies', ['101', '102']);
    const byDeal = Object.fromEntries(answer.results.map((r) => [r._from.id, r.to.map((t) => [t.toObjectId, t.associationTypes.map((a) => a.typeId)])]));
    expect(byDeal).toEqual({ '101': [['201', [5, 341]]], '102': [['202', [5, 341]], ['201', [341]]] });
    expect(answer.results[0]?.to[0]?.associationTypes[0]).toMatchObject({ category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' });
  });

  it('answers the other direction and the object type ids too: companies to deals, 0-3 to 0-8', async () => {
    const companies = await batchRead('companies', 'deals', ['201']);
    expect(companies.results[0]?.to.map((t) => [t.toObjectId, t.associationTypes.map((a) => a.typeId)])).toEqual([
      ['101', [6, 342]],
      ['102', [342]],
    ]);
    const lines = await batchRead('0-3', '0-8', ['102']);
    expect(lines.results[0]?.to.map((t) => t.toObjectId)).toEqual(['302', '303']);
  });

  it('names the ids without associations in a 207 and keeps the others', async () => {
    const answer = await batchRead('deals', 'companies', ['101', '104']);
    expect(answer.results.map((r) => r._from.id)).toEqual(['101']);
    expect('errors' in answer ? (answer.errors ?? []).map((e) => e.context) : []).toEqual([{ fromObjectId: ['104'] }]);
  });

  it('refuses more than 1,000 ids, as HubSpot has since February 2025', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => String(i + 1));
    expect((await failure(batchRead('deals', 'companies', ids))).code).toBe(400);
    await expect(batchRead('deals', 'companies', ids.slice(0, 1000))).resolves.toBeDefined();
  });
});

describe('companies and line items through the SDK', () => {
  it('batch reads companies with the tier property and line items with their product', async () => {
    const companies = await h.client.crm.companies.batchApi.read({ inputs: [{ id: '201' }, { id: '202' }], properties: ['name', 'lifecyclestage', 'tier'], propertiesWithHistory: [] });
    expect(companies.results.map((c) => [c.id, c.properties.name, c.properties.tier ?? null])).toEqual([
      ['201', 'Acme', 'A'],
      ['202', 'Globex', null],
    ]);
    const items = await h.client.crm.lineItems.batchApi.read({ inputs: [{ id: '302' }], properties: ['hs_product_id', 'amount', 'quantity'], propertiesWithHistory: [] });
    expect(items.results[0]?.properties).toMatchObject({ hs_product_id: '9001', amount: '4000', quantity: '2' });
  });

  it("reads a deal's associations with the v3 `associations=` parameter", async () => {
    const deal = await h.client.crm.deals.basicApi.getById('102', ['dealname'], undefined, ['companies', 'line_items']);
    expect(deal.associations?.companies?.results.map((r) => r.id)).toEqual(['202', '202', '201']);
  });
});
