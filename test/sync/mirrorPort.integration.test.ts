import type { CrmPort } from '../../src/crm/crmPort';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromMirror } from '../../src/crm/crmPortFromMirror';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { createMirrorIndex } from '../../src/sync/mirrorIndex';
import type { PortalSync } from '../../src/sync/portalSync';
import type { Harness } from '../handlers/handlerFixture';
import { AS_OF, LEAKY_TEAM_ID, dataOf, demoSnapshot, errorOf, harness, tempStores, viewerOf } from '../handlers/handlerFixture';
import type { SyncHarness } from './syncHarness';
import { syncHarness } from './syncHarness';

/**
 * The numbers served from the mirror equal those computed from a snapshot of the same portal,
 * for every surface, and a surface served from a ready mirror sends HubSpot no search (the
 * deal card reads its own deal and nothing else).
 */
const openStore = tempStores();
const snapshot = demoSnapshot(2500, 5);
const settings = demoSettings();
let h: SyncHarness;
let offline: Harness;
let sync: PortalSync;
let mirror: CrmPort;

beforeAll(async () => {
  h = await syncHarness(snapshot, AS_OF);
  offline = await harness(openStore, portalFromSnapshot(snapshot, settings.propertyMapping).data, settings);
  sync = h.newSync({ mapping: async () => settings.propertyMapping });
  await sync.runOnce();
  // What a backend does between its first finished sync and its first card: the mirror read into memory.
  await sync.index.portalData(settings.propertyMapping);
  mirror = crmPortFromMirror({ index: sync.index, live: crmPortFromGateway(h.gateway), gateway: h.gateway, status: () => sync.status() });
});
afterAll(() => h.close());

const searchesDuring = async <T>(run: () => Promise<T>): Promise<{ value: T; searches: number; requests: number }> => {
  const before = h.gateway.stats();
  const value = await run();
  const after = h.gateway.stats();
  return { value, searches: after.searches - before.searches, requests: after.requests - before.requests };
};

describe('surfaces read from the mirror', () => {
  it.each([
    ['a rep’s own scorecard', 'eastRep', {}],
    ['a manager’s scorecard for Q3', 'southManager', { period: '2026-Q3' }],
    ['the director’s scorecard for the year', 'director', { period: '2026' }],
  ] as const)('ownerScorecard: %s equals the snapshot’s with no search', async (_, person, input) => {
    const expected = await ownerScorecard(input, offline.deps(viewerOf(person)));
    const { value, searches } = await searchesDuring(() => ownerScorecard(input, offline.deps(viewerOf(person), mirror)));
    expect(dataOf(value)).toEqual(dataOf(expected));
    expect(searches).toBe(0);
  });

  it('funnel health of the leaky team and of the whole department equals the snapshot’s with no search', async () => {
    for (const [person, input] of [['director', { period: '2026' }], ['director', { period: '2026-Q3', teamId: LEAKY_TEAM_ID }]] as const) {
      const expected = await funnelHealth(input, offline.deps(viewerOf(person)));
      const { value, searches } = await searchesDuring(() => funnelHealth(input, offline.deps(viewerOf(person), mirror)));
      expect(dataOf(value)).toEqual(dataOf(expected));
      expect(searches).toBe(0);
    }
  });

  it('the deal card reads its deal fresh (one request) and the rest from the mirror', async () => {
    const open = offline.data.deals.filter((d) => d.outcome === 'open' && d.ownerId !== null).slice(0, 4);
    await dealKpis({ dealId: open[0]?.id }, offline.deps(viewerOf('director'), mirror));
    for (const deal of open) {
      const expected = await dealKpis({ dealId: deal.id }, offline.deps(viewerOf('director')));
      const { value, requests } = await searchesDuring(() => dealKpis({ dealId: deal.id }, offline.deps(viewerOf('director'), mirror)));
      expect(dataOf(value)).toEqual(dataOf(expected));
      expect(requests).toBeLessThanOrEqual(1);
    }
  });

  it('while the first backfill runs, the director is told how far it is and a rep still gets a live answer', async () => {
    const halfway = { ...sync.status(), state: 'backfilling' as const, lastSyncAt: null, progress: 0.45 };
    const preparing = crmPortFromMirror({ index: sync.index, live: crmPortFromGateway(h.gateway), gateway: h.gateway, status: () => halfway });
    const director = await ownerScorecard({}, offline.deps(viewerOf('director'), preparing));
    expect(errorOf(director)).toMatchObject({ code: 'preparing', progress: 0.45 });
    const rep = await ownerScorecard({}, offline.deps(viewerOf('eastRep'), preparing));
    expect(dataOf(rep)).toEqual(dataOf(await ownerScorecard({}, offline.deps(viewerOf('eastRep')))));
  });

  it('a restarted backend still reading its mirror into memory tells the director how far it is, and a rep gets a live answer', async () => {
    const restarted = createMirrorIndex(h.store.mirror, snapshot.portal.id);
    const port = crmPortFromMirror({ index: restarted, live: crmPortFromGateway(h.gateway), gateway: h.gateway, status: () => sync.status(), loadWaitMs: 0 });
    const director = await ownerScorecard({}, offline.deps(viewerOf('director'), port));
    expect(errorOf(director)).toMatchObject({ code: 'preparing' });
    const rep = await ownerScorecard({}, offline.deps(viewerOf('eastRep'), port));
    expect(dataOf(rep)).toEqual(dataOf(await ownerScorecard({}, offline.deps(viewerOf('eastRep')))));
    await restarted.portalData(settings.propertyMapping);
    const ready = await searchesDuring(() => ownerScorecard({}, offline.deps(viewerOf('director'), port)));
    expect(dataOf(ready.value)).toEqual(dataOf(await ownerScorecard({}, offline.deps(viewerOf('director')))));
    expect(ready.searches).toBe(0);
  });

  it('a restarted backend of a small portal answers the director once its index is read, within the card’s wait', async () => {
    const restarted = createMirrorIndex(h.store.mirror, snapshot.portal.id);
    const port = crmPortFromMirror({ index: restarted, live: crmPortFromGateway(h.gateway), gateway: h.gateway, status: () => sync.status() });
    const director = await searchesDuring(() => ownerScorecard({}, offline.deps(viewerOf('director'), port)));
    expect(dataOf(director.value)).toEqual(dataOf(await ownerScorecard({}, offline.deps(viewerOf('director')))));
    expect(director.searches).toBe(0);
  });

  it('keeps a change a sync step wrote while the index was still reading the store', async () => {
    const index = createMirrorIndex(h.store.mirror, snapshot.portal.id);
    const loading = index.portalData(settings.propertyMapping);
    const [first] = await h.store.mirror.load(snapshot.portal.id).then((m) => m.deals.slice(-1));
    if (first === undefined) throw new Error('the mirror has no deal');
    const changed = { ...first, properties: { ...first.properties, amount: '123456' } };
    index.dealsChanged([changed], [], (await h.store.mirror.cursor(snapshot.portal.id)));
    const data = await loading;
    expect(data?.deals.find((d) => d.id === first.id)?.amount).toBe(123456);
  });
});

// Last: it changes the portal, which every test above compares with its snapshot.
describe('answers kept between sync steps', () => {
  it('the director asking again gets the same scorecard, and a deal changed in HubSpot shows in the next one after a cycle', async () => {
    const year = { period: '2026' };
    const first = dataOf(await ownerScorecard(year, offline.deps(viewerOf('director'), mirror)));
    expect(dataOf(await ownerScorecard(year, offline.deps(viewerOf('director'), mirror)))).toEqual(first);
    const won = snapshot.deals.find((d) => d.properties.hs_is_closed_won === 'true' && (d.properties.closedate ?? '').startsWith('2026-')) as (typeof snapshot.deals)[number];
    h.clock.t += 60_000;
    await h.sdk.crm.deals.basicApi.update(won.id, { properties: { amount: String(Number(won.properties.amount ?? 0) + 1_000_000) } });
    h.clock.t += 180_000;
    await sync.runOnce();
    const after = dataOf(await ownerScorecard(year, offline.deps(viewerOf('director'), mirror)));
    const attainment = (data: typeof first) => data.kpis.find((k) => k.id === 'team_attainment')?.actual ?? null;
    expect(attainment(first)).not.toBeNull();
    expect(attainment(after)).toBeGreaterThan(attainment(first) as number);
  });
});
