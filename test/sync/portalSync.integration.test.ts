import fc from 'fast-check';
import type { HubSpotRecords } from '../../src/crm/crmClient';
import { customerProperties } from '../../src/crm/readCustomers';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { Snapshot } from '../../src/domain/snapshot';
import { AS_OF, demoSnapshot } from '../handlers/handlerFixture';
import type { SyncHarness } from './syncHarness';
import { setValues, syncHarness } from './syncHarness';
import { mirroredCustomers } from '../store/mirroredCustomers';

/**
 * The mirror against the emulator through the real SDK: after a backfill, after any mix of
 * creates, updates, stage moves, owner changes and archives, and after a backfill cut short,
 * it holds exactly what a live read of the whole portal holds.
 */
const snapshot: Snapshot = demoSnapshot(1200, 11);
// Every case pages a portal through HTTP; on a loaded 2-core machine that outlasts Jest's 5 s.
jest.setTimeout(120_000);
let h: SyncHarness;

beforeAll(async () => {
  h = await syncHarness(snapshot, AS_OF);
});
afterAll(() => h.close());

async function expectMirrorEqualsPortal(): Promise<void> {
  const live = await h.liveDeals(EMPTY_MAPPING);
  const mirrored = (await h.store.mirror.load(snapshot.portal.id)).deals;
  expect(mirrored.map((d) => d.id)).toEqual(live.map((d) => d.id));
  expect(setValues(mirrored, live)).toEqual(setValues(live));
}

const pipelineOf = (id: string) => snapshot.pipelines.find((p) => p.id === id) ?? snapshot.pipelines[0];

describe('the portal mirror', () => {
  it('backfills every deal, owner and pipeline, then reports ready', async () => {
    const sync = h.newSync();
    const status = await sync.runOnce();
    expect(status).toMatchObject({ state: 'ready', deals: snapshot.deals.length, progress: 1, error: null });
    await expectMirrorEqualsPortal();
    const collections = await h.store.mirror.collections(snapshot.portal.id);
    expect(collections.owners?.map((o) => o.id).sort()).toEqual(snapshot.owners.map((o) => o.id).sort());
    expect(collections.pipelines?.map((p) => p.id)).toEqual(snapshot.pipelines.filter((p) => p.archived !== true).map((p) => p.id));
  });

  it('follows any mix of creates, updates, stage moves, owner changes and archives (property)', async () => {
    const sync = h.newSync();
    await sync.runOnce();
    const ownerIds = snapshot.owners.map((o) => o.id);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), amount: fc.integer({ min: 1, max: 90_000 }), owner: fc.constantFrom(...ownerIds) }),
      fc.record({ kind: fc.constant('amount' as const), pick: fc.nat(), amount: fc.integer({ min: 1, max: 90_000 }) }),
      fc.record({ kind: fc.constant('stage' as const), pick: fc.nat(), stage: fc.nat() }),
      fc.record({ kind: fc.constant('owner' as const), pick: fc.nat(), owner: fc.constantFrom(...ownerIds) }),
      fc.record({ kind: fc.constant('archive' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        // The mirror still lists a deal archived earlier in this run until the next cycle; HubSpot no longer has it.
        const archived = new Set<string>();
        for (const o of ops) {
          h.clock.t += 1_000;
          const ids = (await h.store.mirror.dealIds(snapshot.portal.id)).filter((id) => !archived.has(id));
          const id = 'pick' in o ? (ids[o.pick % ids.length] as string) : '';
          if (o.kind === 'create') {
            const pipeline = snapshot.pipelines[0];
            await h.sdk.crm.deals.basicApi.create({ properties: { dealname: 'New deal', amount: String(o.amount), hubspot_owner_id: o.owner, pipeline: pipeline?.id ?? 'default', dealstage: pipeline?.stages[0]?.id ?? '' }, associations: [] });
          } else if (o.kind === 'amount') await h.sdk.crm.deals.basicApi.update(id, { properties: { amount: String(o.amount) } });
          else if (o.kind === 'owner') await h.sdk.crm.deals.basicApi.update(id, { properties: { hubspot_owner_id: o.owner } });
          else if (o.kind === 'stage') {
            const deal = await h.sdk.crm.deals.basicApi.getById(id, ['pipeline']);
            const stages = pipelineOf(deal.properties.pipeline ?? '')?.stages ?? [];
            await h.sdk.crm.deals.basicApi.update(id, { properties: { dealstage: stages[o.stage % stages.length]?.id ?? '' } });
          } else {
            await h.sdk.crm.deals.basicApi.archive(id);
            archived.add(id);
          }
        }
        h.clock.t += 1_000;
        await sync.runOnce();
        await expectMirrorEqualsPortal();
      }),
      { numRuns: 6 },
    );
  });

  it('resumes a backfill cut short after the last page it stored, losing and doubling nothing', async () => {
    const fresh = await syncHarness(demoSnapshot(900, 12), AS_OF);
    try {
      let pages = 0;
      const failing: HubSpotRecords = {
        ...fresh.gateway.records,
        searchPage: (type, body) => (++pages > 3 ? Promise.reject(new Error('the process was killed')) : fresh.gateway.records.searchPage(type, body)),
      };
      const cut = await fresh.newSync({ client: failing }).runOnce();
      expect(cut.state).toBe('error');
      expect(cut.deals).toBeGreaterThan(0);
      expect(cut.deals).toBeLessThan(900);
      const resumed = await fresh.newSync().runOnce();
      expect(resumed).toMatchObject({ state: 'ready', deals: 900 });
      const ids = await fresh.store.mirror.dealIds(snapshot.portal.id);
      expect(new Set(ids).size).toBe(900);
    } finally {
      await fresh.close();
    }
  });

  it('reads every deal’s companies once the backend keeps customers, on a mirror made without them', async () => {
    const fresh = await syncHarness(demoSnapshot(300, 14), AS_OF);
    try {
      const id = snapshot.portal.id;
      await fresh.newSync().runOnce();
      expect((await mirroredCustomers(fresh.store.mirror, id)).companies).toEqual([]);
      const status = await fresh.newSync({ customers: async () => customerProperties(demoSettings()) }).runOnce();
      expect(status).toMatchObject({ state: 'ready', deals: 300 });
      expect((await mirroredCustomers(fresh.store.mirror, id)).companies.length).toBeGreaterThan(0);
      const deals = (await fresh.store.mirror.load(id)).deals;
      expect(deals.filter((d) => d.associations?.companies === undefined).map((d) => d.id)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('loses no update that HubSpot\'s search index had not caught up with at the last cycle', async () => {
    const lagging = await syncHarness(demoSnapshot(400, 13), AS_OF, { searchLagMs: 30_000 });
    try {
      const sync = lagging.newSync();
      await sync.runOnce();
      const [first, second] = await lagging.store.mirror.dealIds(snapshot.portal.id);
      lagging.clock.t += 60_000;
      await lagging.sdk.crm.deals.basicApi.update(first as string, { properties: { amount: '123456' } });
      lagging.clock.t += 20_000;
      await lagging.sdk.crm.deals.basicApi.update(second as string, { properties: { amount: '654321' } });
      lagging.clock.t += 15_000;
      await sync.runOnce(); // the index shows the first write, not yet the second
      const amountOf = async (id: string) => (await lagging.store.mirror.load(snapshot.portal.id)).deals.find((d) => d.id === id)?.properties.amount;
      expect(await amountOf(first as string)).toBe('123456');
      lagging.clock.t += 60_000;
      await sync.runOnce();
      expect(await amountOf(second as string)).toBe('654321');
    } finally {
      await lagging.close();
    }
  });

  it('reads a newly mapped property into every mirrored deal, keeping the columns it had', async () => {
    const seeded = demoSnapshot(500, 14);
    const id = seeded.deals[0]?.id as string;
    seeded.deals[0] = { ...(seeded.deals[0] as (typeof seeded.deals)[number]), properties: { ...seeded.deals[0]?.properties, collected_amount: '777' } };
    const fresh = await syncHarness(seeded, AS_OF);
    try {
      let mapping = EMPTY_MAPPING;
      const sync = fresh.newSync({ mapping: async () => mapping });
      await sync.runOnce();
      expect((await fresh.store.mirror.load(snapshot.portal.id)).deals.find((d) => d.id === id)?.properties.collected_amount).toBeUndefined();
      mapping = { ...EMPTY_MAPPING, collectedAmount: 'collected_amount' };
      expect(await sync.runOnce()).toMatchObject({ state: 'ready', deals: 500 });
      const stored = (await fresh.store.mirror.load(snapshot.portal.id)).deals.find((d) => d.id === id);
      expect(stored?.properties).toMatchObject({ collected_amount: '777', dealstage: expect.any(String) });
      expect((await fresh.store.mirror.cursor(snapshot.portal.id)).dealProperties).toContain('collected_amount');
    } finally {
      await fresh.close();
    }
  });
});
