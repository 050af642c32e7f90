import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { CrmGateway } from '../../src/crm/createCrmGateway';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import type { CrmPort } from '../../src/crm/crmPort';
import { LIVE_CUSTOMER_LIMITS, readLiveCustomers } from '../../src/crm/readLiveCustomers';
import { withRequestBudget } from '../../src/crm/requestBudget';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { CrmObject, Snapshot } from '../../src/domain/snapshot';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { kpiDetails } from '../../src/handlers/kpiDetails';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { teamScorecards } from '../../src/handlers/teamScorecards';
import type { Viewer } from '../../src/handlers/contracts/common';
import { defaultSettings, newKpiEntry } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Harness } from './handlerFixture';
import { AS_OF, PEOPLE, PORTAL_ID, dataOf, demoSnapshot, harness, tempStores, viewerOf } from './handlerFixture';

/**
 * docs/kpis.md "Customers and products", the worked example, as HubSpot would hold it: Ann
 * (owner 11) won acme in Q1 and again in Q2, globex and initech in Q2, umbrella in Q1; Bob
 * (owner 12) won initech in November 2025, a deal no search of Ann's deals finds. Tiers: acme
 * and globex A. Line items of the Q2 deals: acme 6,000 core (product 9001) + 4,000 add-on,
 * globex 20,000 core, initech 30,000 services.
 */
const company = (id: string, name: string, tier: string | null): CrmObject => ({ id, properties: { name, lifecyclestage: 'customer', hubspot_owner_id: '11', ...(tier ? { tier } : {}) } });
const line = (id: string, amount: number, productId: string): CrmObject => ({ id, properties: { name: id, hs_product_id: productId, quantity: '1', price: String(amount), amount: String(amount) } });
function deal(id: string, ownerId: string, won: boolean, amount: number, closedate: string, companyId: string | null, lineItemIds: string[] = []): CrmObject {
  return {
    id,
    properties: {
      dealname: id, amount: String(amount), pipeline: 'default', dealstage: won ? 'closedwon' : 'closedlost', hubspot_owner_id: ownerId,
      closedate: `${closedate}T08:00:00.000Z`, createdate: '2025-10-01T00:00:00.000Z', hs_is_closed: 'true', hs_is_closed_won: String(won),
    },
    associations: {
      companies: { results: companyId === null ? [] : [{ id: companyId, type: 'deal_to_company' }] },
      line_items: { results: lineItemIds.map((l) => ({ id: l, type: 'deal_to_line_item' })) },
    },
  };
}
const stage = (id: string, order: number, probability: string, isClosed: boolean) => ({ id, label: id, displayOrder: order, metadata: { probability, isClosed: String(isClosed) } });
const snapshot: Snapshot = {
  portal: { id: PORTAL_ID, timeZone: 'UTC', currency: 'USD' },
  owners: [
    { id: '11', email: 'ann@example.com', firstName: 'Ann', lastName: 'Lee', userId: 901, archived: false },
    { id: '12', email: 'bob@example.com', firstName: 'Bob', lastName: 'Wu', userId: 902, archived: false },
  ],
  pipelines: [{ id: 'default', label: 'Sales', displayOrder: 0, stages: [stage('open', 0, '0.5', false), stage('closedwon', 1, '1.0', true), stage('closedlost', 2, '0.0', true)] }],
  deals: [
    deal('1001', '11', true, 5_000, '2026-01-10', '2001'),
    deal('1002', '11', true, 10_000, '2026-04-15', '2001', ['3001', '3002']),
    deal('1003', '11', true, 20_000, '2026-05-01', '2002', ['3003']),
    deal('1004', '12', true, 7_000, '2025-11-01', '2003'),
    deal('1005', '11', true, 30_000, '2026-06-01', '2003', ['3004']),
    deal('1006', '11', true, 8_000, '2026-02-01', '2004'),
    deal('1007', '11', false, 9_000, '2026-05-05', null),
  ],
  goals: [],
  meetings: [],
  users: [{ id: '901', email: 'ann@example.com', superAdmin: false }],
  companies: [company('2001', 'acme', 'A'), company('2002', 'globex', 'A'), company('2003', 'initech', 'B'), company('2004', 'umbrella', null)],
  lineItems: [line('3001', 6_000, '9001'), line('3002', 4_000, '9002'), line('3003', 20_000, '9001'), line('3004', 30_000, '9003')],
};

const CUSTOMER_KPIS = ['new_customers', 'repeat_purchase_rate', 'customer_retention_rate', 'key_account_share', 'customer_growth_rate', 'product_mix_share'] as const;
function settings(): Settings {
  const base = defaultSettings();
  return {
    ...base,
    roles: { ...base.roles, rep: { kpis: CUSTOMER_KPIS.map((kpi, i) => ({ ...newKpiEntry(kpi, i === 0 ? 20 : 16), target: kpi === 'new_customers' ? 2 : 0.5 })) } },
    growthComparison: 'previous_period',
    keyAccounts: { property: 'tier', values: ['A'] },
    strategicProducts: { productIds: ['9001'], property: null, values: [] },
    customerBaseTargets: [{ ownerId: '11', period: '2026-Q2', customers: 4 }],
  };
}

const ann: Viewer = { portalId: PORTAL_ID, userId: 901, email: 'ann@example.com', locale: 'en-US' };
const openStore = tempStores();
const data = portalFromSnapshot(snapshot).data;
let running: RunningEmulator;
let gateway: CrmGateway;
let h: Harness;

beforeAll(async () => {
  running = await createCrmEmulator(snapshot, { limits: false, now: () => AS_OF }).listen(0);
  let virtual = AS_OF;
  gateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms) });
  h = await harness(openStore, data, settings());
});
afterAll(() => running.close());

const actuals = async (crm: CrmPort) => {
  const card = dataOf(await ownerScorecard({ period: '2026-Q2' }, h.deps(ann, crm)));
  return Object.fromEntries(card.kpis.map((k) => [k.id, k.status === 'ok' ? k.actual : `${k.status}: ${k.reason}`]));
};

describe('customer and product KPIs on the live read (no backend)', () => {
  it('gives the worked example’s numbers through the SDK, as the snapshot port does', async () => {
    const live = await actuals(crmPortFromGateway(gateway));
    expect(live).toEqual({
      new_customers: 1,
      repeat_purchase_rate: 2 / 3,
      customer_retention_rate: 0.5,
      key_account_share: 0.5,
      customer_growth_rate: 0.25,
      product_mix_share: 26_000 / 60_000,
    });
    expect(live).toEqual(await actuals(crmPortFromSnapshot(data)));
  });

  it('reads them in seven batch requests: two association reads, companies and line items, and the customers’ other deals', async () => {
    const before = { ...gateway.stats().byOperation };
    await actuals(crmPortFromGateway(gateway));
    const after = gateway.stats().byOperation;
    const batches = Object.keys(after).filter((op) => /associations|batch read/.test(op)).map((op) => [op, (after[op] ?? 0) - (before[op] ?? 0)]);
    expect(Object.fromEntries(batches.filter(([, n]) => n !== 0))).toEqual({
      'associations deals to companies': 2, 'associations deals to line_items': 1, 'associations companies to deals': 1,
      'batch read companies': 1, 'batch read line_items': 1, 'batch read deals': 1,
    });
  });

  it('reads nothing for a window past its limits, and leaves first purchases unknown when only they would overrun', async () => {
    const deals = (await gateway.records.search('deals', { inLists: [{ propertyName: 'hubspot_owner_id', values: ['11'] }], alternatives: [], properties: ['hs_is_closed_won', 'closedate'] }));
    const properties = { company: ['name', 'tier'], lineItem: ['amount', 'hs_product_id'] };
    expect(await readLiveCustomers(gateway.records, deals, properties, ['hs_is_closed_won'], { ...LIVE_CUSTOMER_LIMITS, maxDeals: deals.length - 1 })).toBeNull();
    const tight = await readLiveCustomers(gateway.records, deals, properties, ['hs_is_closed_won'], { ...LIVE_CUSTOMER_LIMITS, maxRequests: 6 });
    expect(tight?.companies.map((c) => c.id).sort()).toEqual(['2001', '2002', '2003', '2004']);
    expect(tight?.otherWins).toBeNull();
    const roomy = await readLiveCustomers(gateway.records, deals, properties, ['hs_is_closed_won'], LIVE_CUSTOMER_LIMITS);
    expect(roomy?.otherWins?.map((d) => d.id)).toEqual(['1004']);
  });

  it('reads nothing when the request’s budget cannot hold the round trips', async () => {
    const deals = await gateway.records.search('deals', { inLists: [{ propertyName: 'hubspot_owner_id', values: ['11'] }], alternatives: [], properties: ['hs_is_closed_won'] });
    const read = withRequestBudget({ priority: 'interactive', deadline: Date.now() + 2_000 }, () => readLiveCustomers(gateway.records, deals, { company: ['name'], lineItem: ['amount'] }, ['hs_is_closed_won']));
    expect(await read).toBeNull();
  });
});

describe('customer and product KPIs on the live read of the demo portal', () => {
  const demo = demoSnapshot(3000, 5);
  const demoPortal = portalFromSnapshot(demo).data;
  let demoRunning: RunningEmulator;
  let demoGateway: CrmGateway;
  let d: Harness;
  beforeAll(async () => {
    demoRunning = await createCrmEmulator(demo, { limits: false, now: () => AS_OF }).listen(0);
    let virtual = AS_OF;
    demoGateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: demoRunning.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms) });
    const base = demoSettings();
    const kpis = CUSTOMER_KPIS.map((kpi, i) => ({ ...newKpiEntry(kpi, i === 0 ? 20 : 16), target: kpi === 'new_customers' ? 3 : 0.5 }));
    d = await harness(openStore, demoPortal, { ...base, roles: { ...base.roles, rep: { kpis }, manager: { kpis } }, growthComparison: 'previous_period' });
  });
  afterAll(() => demoRunning.close());

  it.each([
    ['a rep’s scorecard', 'eastRep', '2026-Q3'],
    ['a manager’s scorecard over their team', 'southManager', '2026-Q2'],
  ] as const)('%s: the snapshot port’s numbers, computed', async (_, person, period) => {
    const card = async (crm: CrmPort) => dataOf(await ownerScorecard({ period }, d.deps(viewerOf(person), crm)));
    const [offline, online] = [await card(d.port), await card(crmPortFromGateway(demoGateway))];
    expect(online.kpis).toEqual(offline.kpis);
    expect(online.kpis.filter((k) => k.status === 'ok').map((k) => k.id)).toEqual(expect.arrayContaining(['new_customers', 'repeat_purchase_rate', 'key_account_share', 'product_mix_share']));
  });

  it.each(CUSTOMER_KPIS)('how %s was calculated: the same customers and line items as the snapshot port lists', async (kpi) => {
    const details = async (crm: CrmPort) => dataOf(await kpiDetails({ ownerId: PEOPLE.eastRep.ownerId, period: '2026-Q3', kpi }, d.deps(viewerOf('eastManager'), crm)));
    expect(await details(crmPortFromGateway(demoGateway))).toEqual(await details(d.port));
  });

  it('a manager’s team table: every member’s customer KPIs as the snapshot port gives them', async () => {
    const table = async (crm: CrmPort) => dataOf(await teamScorecards({ period: '2026-Q3' }, d.deps(viewerOf('eastManager'), crm)));
    const [offline, online] = [await table(d.port), await table(crmPortFromGateway(demoGateway))];
    expect(online).toEqual(offline);
    expect(online.members.flatMap((m) => m.scores).filter((k) => k.kpi === 'repeat_purchase_rate' && k.status === 'ok').length).toBeGreaterThan(0);
  });
});
