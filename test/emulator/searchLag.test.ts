import fc from 'fast-check';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { archiveObject } from '../../src/emulator/archiveObject';
import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import { createObject, updateObject } from '../../src/emulator/objectWrites';
import { SearchIndexLag } from '../../src/emulator/searchIndexLag';
import { searchObjects } from '../../src/emulator/searchObjects';
import { searchRequestSchema } from '../../src/emulator/searchRequest';
import type { Harness } from './fixtures';
import { smallSnapshot, startHarness } from './fixtures';

const LAG = 2_000;
let h: Harness;
let clock = 0;
beforeEach(async () => {
  clock = Date.UTC(2026, 3, 1, 9, 0);
  h = await startHarness(undefined, { limits: false, now: () => clock, searchLagMs: LAG });
});
afterEach(() => h.server.close());

const eq = (propertyName: string, value: string) => ({ filterGroups: [{ filters: [{ propertyName, operator: FilterOperatorEnum.Eq, value }] }], properties: ['amount'], limit: 100 });
const ids = (page: { results: { id: string }[] }) => page.results.map((d) => d.id).sort();

describe('search index lag through the SDK', () => {
  it('an update is read at once by id and batch read, but search serves the old version until the lag has passed', async () => {
    await h.client.crm.deals.basicApi.update('105', { properties: { amount: '9500' } });
    expect((await h.client.crm.deals.basicApi.getById('105', ['amount'])).properties.amount).toBe('9500');
    const batch = await h.client.crm.deals.batchApi.read({ inputs: [{ id: '105' }], properties: ['amount'], propertiesWithHistory: [] });
    expect(batch.results[0]?.properties.amount).toBe('9500');
    expect((await h.client.crm.deals.searchApi.doSearch(eq('amount', '9500'))).total).toBe(0);
    const stale = await h.client.crm.deals.searchApi.doSearch(eq('hubspot_owner_id', '12'));
    expect(stale.results.find((d) => d.id === '105')?.properties.amount).toBe('9000');
    clock += LAG - 1;
    expect((await h.client.crm.deals.searchApi.doSearch(eq('amount', '9500'))).total).toBe(0);
    clock += 1;
    expect(ids(await h.client.crm.deals.searchApi.doSearch(eq('amount', '9500')))).toEqual(['105']);
  });

  it('a new deal is missing from search, and an archived one still found, until the lag has passed', async () => {
    const made = await h.client.crm.deals.basicApi.create({ properties: { dealname: 'New', hubspot_owner_id: '12' }, associations: [] });
    await h.client.crm.deals.basicApi.archive('104');
    expect(ids(await h.client.crm.deals.searchApi.doSearch(eq('hubspot_owner_id', '12')))).toEqual(['104', '105', '106']);
    clock += LAG;
    expect(ids(await h.client.crm.deals.searchApi.doSearch(eq('hubspot_owner_id', '12')))).toEqual(['105', '106', made.id].sort());
  });

  it('a sync searching on hs_lastmodifieddate finds a write only once the index has it, so its cursor must overlap', async () => {
    const cursor = String(clock);
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '10' } });
    const since = { filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: FilterOperatorEnum.Gte, value: cursor }] }], properties: ['amount'], limit: 100 };
    expect((await h.client.crm.deals.searchApi.doSearch(since)).total).toBe(0);
    clock += LAG;
    expect(ids(await h.client.crm.deals.searchApi.doSearch(since))).toEqual(['106']);
  });
});

type Op = { kind: 'create'; amount: number } | { kind: 'update'; pick: number; amount: number } | { kind: 'archive'; pick: number };

describe('search index lag, as a property', () => {
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('create' as const), amount: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), amount: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constant('archive' as const), pick: fc.nat() }),
  );

  it('at any instant, search answers as if each deal were at its last write at least the lag old', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(opArb, fc.integer({ min: 0, max: 1_500 })), { maxLength: 25 }), fc.integer({ min: 0, max: 6_000 }), (ops, probe) => {
        const start = Date.UTC(2026, 3, 1);
        const state = createCrmState(smallSnapshot(), new Date(start).toISOString());
        const deals = collectionFor(state, 'deals');
        if (deals === undefined) throw new Error('no deals');
        const lag = new SearchIndexLag(LAG);
        state.changes.subscribe((change) => lag.record(change));
        const history = new Map<string, { at: number; amount: string | null }[]>();
        for (const d of deals.all()) history.set(d.id, [{ at: -Infinity, amount: d.properties.amount ?? '' }]);
        let at = start;
        for (const [op, gap] of ops) {
          at += gap;
          const iso = new Date(at).toISOString();
          const live = deals.listed(false);
          if (op.kind === 'create') {
            const made = createObject(state, deals, { properties: { amount: String(op.amount) } }, iso);
            if (made.ok) history.set(made.object.id, [{ at, amount: String(op.amount) }]);
          } else if (live.length > 0) {
            const target = live[op.pick % live.length];
            if (target === undefined) continue;
            if (op.kind === 'update') updateObject(state, deals, target, { amount: String(op.amount) }, iso);
            else archiveObject(state, deals, target.id, iso);
            history.get(target.id)?.push({ at, amount: op.kind === 'update' ? String(op.amount) : null });
          }
        }
        const now = at + probe;
        const expected = [...history].flatMap(([id, versions]) => {
          const seen = versions.filter((v) => v.at + LAG <= now).pop();
          return seen === undefined || seen.amount === null ? [] : [[id, seen.amount]];
        });
        const request = searchRequestSchema.parse({ limit: 200, properties: ['amount'] });
        const page = searchObjects(deals, request, state.searchCache, lag.view(deals, now));
        if (!page.ok) throw new Error(page.error);
        const got = page.value.results.map((d) => [d.id, d.properties.amount ?? '']);
        expect(got).toEqual(expected.sort((a, b) => Number(a[0]) - Number(b[0])));
      }),
      { numRuns: 150 },
    );
  });
});
