import fc from 'fast-check';
import type { CrmObject } from '../../src/domain/snapshot';
import type { MirrorStore, SyncCursor } from '../../src/store/mirrorStore';
import { EMPTY_CURSOR } from '../../src/store/mirrorStore';
import { mirroredCustomers } from './mirroredCustomers';

/** What a mirror-store factory hands the contract suite. */
export interface MirrorStoreHarness {
  store: MirrorStore;
  close(): Promise<void>;
}

const PORTAL = 7;
const deal = (id: number, properties: Record<string, string | null>): CrmObject => ({ id: String(id), properties: { hs_object_id: String(id), ...properties } });
const cursorAt = (backfillAfterId: string | null): SyncCursor => ({ ...EMPTY_CURSOR, backfillAfterId, dealProperties: ['amount', 'dealstage'] });

/** Every MirrorStore (SQLite, PostgreSQL) passes these. */
export function mirrorStoreContract(name: string, open: () => Promise<MirrorStoreHarness>): void {
  describe(`${name}: the portal mirror`, () => {
    let h: MirrorStoreHarness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(async () => h.close());

    it('is empty, with the backfill not begun, before the first sync', async () => {
      const contents = await h.store.load(PORTAL);
      expect(contents.deals).toEqual([]);
      expect(contents.cursor).toEqual(EMPTY_CURSOR);
      expect(contents.owners).toBeNull();
      expect(await h.store.dealCount(PORTAL)).toBe(0);
    });

    it('keeps deals in numeric id order with the cursor written beside them', async () => {
      await h.store.applyDeals(PORTAL, { upserts: [deal(10, { amount: '5' }), deal(9, { amount: '7' })], removals: [], cursor: cursorAt('10') });
      const contents = await h.store.load(PORTAL);
      expect(contents.deals.map((d) => d.id)).toEqual(['9', '10']);
      expect(contents.cursor.backfillAfterId).toBe('10');
      expect(await h.store.dealIds(PORTAL)).toEqual(['9', '10']);
      const visited: string[] = [];
      await h.store.forEachDeal(PORTAL, (d) => visited.push(d.id));
      expect(visited).toEqual(['9', '10']);
    });

    it('merges a re-read into the stored deal: new values win, columns not sent stay', async () => {
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, { amount: '5', dealstage: 'a' })], removals: [], cursor: cursorAt('1') });
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, { dealstage: 'b', hs_v2_date_entered_b: '2026-01-01T00:00:00Z' })], removals: [], cursor: cursorAt('1') });
      const [stored] = (await h.store.load(PORTAL)).deals;
      expect(stored?.properties).toEqual({ hs_object_id: '1', amount: '5', dealstage: 'b', hs_v2_date_entered_b: '2026-01-01T00:00:00Z' });
    });

    it('merges a deal listed twice in one step, and removes one both re-read and archived in it', async () => {
      await h.store.applyDeals(PORTAL, {
        upserts: [deal(3, { amount: '1', dealstage: 'a' }), deal(4, { amount: '9' }), deal(3, { dealstage: 'b' })],
        removals: ['4'],
        cursor: cursorAt('4'),
      });
      const contents = await h.store.load(PORTAL);
      expect(contents.deals).toEqual([deal(3, { amount: '1', dealstage: 'b' })]);
    });

    it('answers cursor() and collections() exactly as load() does', async () => {
      const pipelines = [{ id: 'default', label: 'Sales', displayOrder: 0, stages: [] }];
      await h.store.replaceCollection(PORTAL, 'pipelines', pipelines);
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, {})], removals: [], cursor: cursorAt('1') });
      const { deals, cursor, ...collections } = await h.store.load(PORTAL);
      expect(deals).toHaveLength(1);
      expect(await h.store.cursor(PORTAL)).toEqual(cursor);
      expect(await h.store.collections(PORTAL)).toEqual(collections);
      expect(collections.pipelines).toEqual(pipelines);
      expect(collections.goals).toBeNull();
    });

    it('forgets one portal whole on clear, and only that one', async () => {
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, {})], removals: [], cursor: cursorAt('1') });
      await h.store.replaceCollection(PORTAL, 'owners', [{ id: '11' }]);
      await h.store.applyDeals(PORTAL + 1, { upserts: [deal(2, {})], removals: [], cursor: cursorAt('2') });
      await h.store.clear(PORTAL);
      const cleared = await h.store.load(PORTAL);
      expect([cleared.deals, cleared.owners, cleared.cursor]).toEqual([[], null, EMPTY_CURSOR]);
      expect(await h.store.dealIds(PORTAL + 1)).toEqual(['2']);
    });

    it('removes archived deals, and keeps portals apart', async () => {
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, {}), deal(2, {})], removals: [], cursor: cursorAt('2') });
      await h.store.applyDeals(PORTAL + 1, { upserts: [deal(1, {})], removals: [], cursor: cursorAt('1') });
      await h.store.applyDeals(PORTAL, { upserts: [], removals: ['1', '404'], cursor: cursorAt('2') });
      expect(await h.store.dealIds(PORTAL)).toEqual(['2']);
      expect(await h.store.dealIds(PORTAL + 1)).toEqual(['1']);
    });

    it('replaces a collection whole and refuses one not in HubSpot\'s shape, keeping the old', async () => {
      const owner = { id: '11', email: 'a@example.com', userId: 5 };
      await h.store.replaceCollection(PORTAL, 'owners', [owner]);
      await expect(h.store.replaceCollection(PORTAL, 'owners', [{ id: '' }] as never)).rejects.toThrow();
      expect((await h.store.load(PORTAL)).owners).toEqual([owner]);
    });

    it('leaves nothing half-written when a change cannot be stored', async () => {
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, { amount: '1' })], removals: [], cursor: cursorAt('1') });
      const broken = { ...cursorAt('3'), phase: 'sideways' } as unknown as SyncCursor;
      await expect(h.store.applyDeals(PORTAL, { upserts: [deal(2, {}), deal(3, {})], removals: ['1'], cursor: broken })).rejects.toThrow();
      const contents = await h.store.load(PORTAL);
      expect(contents.deals.map((d) => d.id)).toEqual(['1']);
      expect(contents.cursor.backfillAfterId).toBe('1');
    });

    it('holds exactly the deals of any sequence of upserts and removals (property)', async () => {
      const step = fc.record({ upserts: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }), removals: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 4 }) });
      let portal = 1000;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
          portal++; // a portal of its own per run: the store is shared by the runs
          const expected = new Set<number>();
          for (const s of steps) {
            await h.store.applyDeals(portal, { upserts: s.upserts.map((id) => deal(id, {})), removals: s.removals.map(String), cursor: cursorAt(null) });
            s.upserts.forEach((id) => expected.add(id));
            s.removals.forEach((id) => expected.delete(id));
          }
          expect(await h.store.dealIds(portal)).toEqual([...expected].sort((a, b) => a - b).map(String));
          expect(await h.store.dealCount(portal)).toBe(expected.size);
        }),
        { numRuns: 25 },
      );
    });

    it("keeps the deals' companies and line items, the latest answer for each, and forgets them with the portal", async () => {
      const company = (id: number, tier: string) => ({ id: String(id), properties: { name: `C${id}`, tier } });
      const line = (id: number, amount: string) => ({ id: String(id), properties: { hs_product_id: '9001', amount } });
      const associated = { ...deal(1, { amount: '5' }), associations: { companies: { results: [{ id: '20', type: 'deal_to_company' }] } } };
      await h.store.applyDeals(PORTAL, { upserts: [associated], companies: [company(20, 'B'), company(3, 'A')], lineItems: [line(40, '5')], removals: [], cursor: cursorAt('1') });
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, { dealstage: 'won' })], companies: [company(20, 'A')], removals: [], cursor: cursorAt('1') });
      const records = await mirroredCustomers(h.store, PORTAL);
      expect(records.companies).toEqual([company(3, 'A'), company(20, 'A')]);
      expect(records.lineItems).toEqual([line(40, '5')]);
      expect((await h.store.load(PORTAL)).deals[0]?.associations).toEqual(associated.associations);
      await h.store.clear(PORTAL);
      expect(await mirroredCustomers(h.store, PORTAL)).toEqual({ companies: [], lineItems: [] });
    });


    it('answers which of some ids it holds, and as what, per kind and per portal', async () => {
      const company = (id: number) => ({ id: String(id), properties: { name: `C${id}` } });
      await h.store.applyDeals(PORTAL, { upserts: [deal(1, { amount: '5' }), deal(12, { amount: '7' })], companies: [company(20), company(3)], lineItems: [{ id: '40', properties: { amount: '5' } }], removals: [], cursor: cursorAt('12') });
      await h.store.applyDeals(PORTAL + 1, { upserts: [deal(2, {})], companies: [company(21)], removals: [], cursor: cursorAt('2') });
      const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();
      expect(ids(await h.store.storedRecords(PORTAL, 'deals', ['12', '2', '99', 'x']))).toEqual(['12']);
      expect((await h.store.storedRecords(PORTAL, 'deals', ['12']))[0]?.properties.amount).toBe('7');
      expect(ids(await h.store.storedRecords(PORTAL, 'companies', ['3', '20', '21', '40']))).toEqual(['20', '3']);
      expect(ids(await h.store.storedRecords(PORTAL, 'line_items', ['40', '20']))).toEqual(['40']);
      expect(await h.store.storedRecords(PORTAL, 'companies', [])).toEqual([]);
      const visited: string[] = [];
      await h.store.forEachCustomer(PORTAL, 'companies', (c) => visited.push(c.id));
      await h.store.forEachCustomer(PORTAL, 'line_items', (l) => visited.push(`line ${l.id}`));
      expect(visited).toEqual(['3', '20', 'line 40']);
    });
    it('refuses a step whose company is not a HubSpot record, storing none of it', async () => {
      const bad = { id: 'acme', properties: { name: 'Acme' } };
      await expect(h.store.applyDeals(PORTAL, { upserts: [deal(1, {})], companies: [bad], removals: [], cursor: cursorAt('1') })).rejects.toThrow(/cannot be mirrored/);
      expect(await h.store.dealCount(PORTAL)).toBe(0);
      expect((await mirroredCustomers(h.store, PORTAL)).companies).toEqual([]);
    });
  });
}
