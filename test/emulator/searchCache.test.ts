import fc from 'fast-check';
import type { Snapshot } from '../../src/domain/snapshot';
import type { CrmState } from '../../src/emulator/crmState';
import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import type { ObjectCollection } from '../../src/emulator/objectCollection';
import { createObject, updateObject } from '../../src/emulator/objectWrites';
import { SearchCache } from '../../src/emulator/searchCache';
import { searchObjects } from '../../src/emulator/searchObjects';
import type { SearchRequest } from '../../src/emulator/searchRequest';
import { searchRequestSchema } from '../../src/emulator/searchRequest';
import { manyDealsSnapshot } from './fixtures';

const SEEDED_AT = '2026-04-01T00:00:00.000Z';
const OWNERS = 6;
const STAGES = ['appointmentscheduled', 'qualifiedtobuy', 'closedwon', 'closedlost'];

/** 300 deals over 6 owners, every 17th archived (archived deals never match a search). */
function portal(): { state: CrmState; deals: ObjectCollection } {
  const base = manyDealsSnapshot(300, OWNERS);
  const snapshot: Snapshot = { ...base, deals: base.deals.map((d, i) => (i % 17 === 5 ? { ...d, archived: true } : d)) };
  const state = createCrmState(snapshot, SEEDED_AT);
  const deals = collectionFor(state, 'deals');
  if (deals === undefined) throw new Error('no deals collection');
  return { state, deals };
}

const request = (body: unknown): SearchRequest => searchRequestSchema.parse(body);
const owner = (i: number): string => String(1000 + (i % OWNERS));
const idSort = [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }];
const gt = (id: number) => ({ propertyName: 'hs_object_id', operator: 'GT', value: String(id) });

/**
 * The query shapes the app sends (owner and pipeline IN lists with date alternatives, the
 * gateway's id sort and its `hs_object_id GT` continuation) and a few it does not (mixed id
 * ranges, a sort by amount or close date, BETWEEN on ids).
 */
const QUERIES: ((a: number, b: number) => object)[] = [
  () => ({}),
  (a) => ({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: owner(a) }] }] }),
  (a, b) => ({
    filterGroups: [{ filters: [
      { propertyName: 'hubspot_owner_id', operator: 'IN', values: [owner(a), owner(b)] },
      { propertyName: 'closedate', operator: 'BETWEEN', value: String(Date.UTC(2025, 3, 1)), highValue: String(Date.UTC(2026, 0, 1) - 1) },
    ] }],
    sorts: idSort,
  }),
  () => ({ filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'qualifiedtobuy' }] }], sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }] }),
  () => ({ filterGroups: [{ filters: [] }], sorts: idSort }),
  (a) => ({ filterGroups: [{ filters: [gt(10_000 + a)] }], sorts: idSort }),
  (a, b) => ({
    filterGroups: [
      { filters: [{ propertyName: 'hubspot_owner_id', operator: 'IN', values: [owner(b)] }, gt(10_000 + a)] },
      { filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }, gt(10_000 + a)] },
    ],
    sorts: idSort,
  }),
  (a, b) => ({
    filterGroups: [
      { filters: [{ propertyName: 'hubspot_owner_id', operator: 'IN', values: [owner(b)] }] },
      { filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] },
    ],
    sorts: idSort,
  }),
  (a, b) => ({
    filterGroups: [
      { filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: owner(b) }, gt(10_000 + a)] },
      { filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }, { propertyName: 'hs_object_id', operator: 'LT', value: String(10_000 + b * 7) }] },
    ],
  }),
  (a, b) => ({
    filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'BETWEEN', value: String(10_000 + Math.min(a, b)), highValue: String(10_000 + Math.max(a, b)) }] }],
    sorts: [{ propertyName: 'closedate', direction: 'ASCENDING' }],
  }),
  (a) => ({ filterGroups: [{ filters: [{ propertyName: 'hs_object_id', operator: 'GTE', value: String(10_000 + a) }, { propertyName: 'hs_object_id', operator: 'LTE', value: String(10_150 + a) }] }] }),
];

type Command =
  | { kind: 'page'; query: number; a: number; b: number; after: number; limit: number }
  | { kind: 'update'; deal: number; owner: number; stage: number; amount: number; closeDay: number }
  | { kind: 'create'; owner: number; stage: number; amount: number };

const pageCommand = fc.record({
  kind: fc.constant('page' as const),
  query: fc.integer({ min: 0, max: QUERIES.length - 1 }),
  a: fc.integer({ min: 0, max: 330 }),
  b: fc.integer({ min: 0, max: 40 }),
  after: fc.integer({ min: 0, max: 320 }),
  limit: fc.integer({ min: 1, max: 200 }),
});
const updateCommand = fc.record({
  kind: fc.constant('update' as const),
  deal: fc.integer({ min: 0, max: 299 }),
  owner: fc.nat(),
  stage: fc.nat(),
  amount: fc.integer({ min: 0, max: 20_000 }),
  closeDay: fc.integer({ min: 0, max: 900 }),
});
const createCommand = fc.record({ kind: fc.constant('create' as const), owner: fc.nat(), stage: fc.nat(), amount: fc.integer({ min: 0, max: 20_000 }) });
const commands = fc.array(fc.oneof({ arbitrary: pageCommand, weight: 6 }, { arbitrary: updateCommand, weight: 1 }, { arbitrary: createCommand, weight: 1 }), { maxLength: 40 });

function write(state: CrmState, deals: ObjectCollection, command: Exclude<Command, { kind: 'page' }>, at: string): void {
  const values = { hubspot_owner_id: owner(command.owner), dealstage: STAGES[command.stage % STAGES.length]!, amount: String(command.amount) };
  if (command.kind === 'create') {
    const made = createObject(state, deals, { properties: { ...values, dealname: 'New deal', pipeline: 'default' } }, at);
    if (!made.ok) throw new Error(`create refused: ${JSON.stringify(made.reply.body)}`);
    return;
  }
  const target = deals.get(String(10_000 + command.deal));
  if (target === undefined) throw new Error('seeded deal missing');
  const closedate = new Date(Date.UTC(2025, 0, 1) + command.closeDay * 86_400_000).toISOString();
  const updated = updateObject(state, deals, target, { ...values, closedate }, at);
  if (!updated.ok) throw new Error(`update refused: ${JSON.stringify(updated.reply.body)}`);
}

const pageOf = (deals: ObjectCollection, req: SearchRequest, cache?: SearchCache) => {
  const page = searchObjects(deals, req, cache);
  if (!page.ok) throw new Error(page.error);
  return { total: page.value.total, ids: page.value.results.map((o) => o.id), nextAfter: page.value.nextAfter };
};

describe('the search cache', () => {
  it('answers every page exactly as an uncached search does, across interleaved creates and updates', () => {
    fc.assert(
      fc.property(commands, (script) => {
        const { state, deals } = portal();
        const roomy = new SearchCache();
        const tight = new SearchCache(3, 150);
        script.forEach((command, step) => {
          if (command.kind !== 'page') return write(state, deals, command, new Date(Date.UTC(2026, 4, 1) + step * 60_000).toISOString());
          const req = request({ ...QUERIES[command.query]!(command.a, command.b), after: String(command.after), limit: command.limit });
          const plain = pageOf(deals, req);
          expect(pageOf(deals, req, roomy)).toEqual(plain);
          expect(pageOf(deals, req, tight)).toEqual(plain);
          expect(tight.size).toBeLessThanOrEqual(3);
          if (tight.size > 1) expect(tight.records).toBeLessThanOrEqual(150);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('walks a query page by page from one computed list, and recomputes after a write', () => {
    const { state, deals } = portal();
    const cache = new SearchCache();
    const body = { filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: '1002' }] }], sorts: idSort, limit: 10 };
    const first = pageOf(deals, request(body), cache);
    expect(first.total).toBe(47);
    expect([cache.hits, cache.misses]).toEqual([0, 1]);
    const seen = [...first.ids];
    for (let after = first.nextAfter; after !== undefined; ) {
      const page = pageOf(deals, request({ ...body, after }), cache);
      seen.push(...page.ids);
      after = page.nextAfter;
    }
    expect(seen).toEqual(pageOf(deals, request({ ...body, limit: 200 })).ids);
    expect([cache.hits, cache.misses]).toEqual([4, 1]);
    // Deal 10002 moves from owner 1002 to 1003: the cached list is stale and must not be served.
    write(state, deals, { kind: 'update', deal: 2, owner: 3, stage: 1, amount: 100, closeDay: 10 }, '2026-05-01T00:00:00.000Z');
    const after = pageOf(deals, request(body), cache);
    expect(after.total).toBe(46);
    expect(after.ids).not.toContain('10002');
    expect([cache.hits, cache.misses]).toEqual([4, 2]);
  });

  it('cuts the gateway\'s hs_object_id GT continuation from the cached query instead of scanning', () => {
    const { deals } = portal();
    const cache = new SearchCache();
    const groups = [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] }];
    const base = pageOf(deals, request({ filterGroups: groups, sorts: idSort, limit: 40 }), cache);
    const last = Number(base.ids[base.ids.length - 1]);
    const continued = { filterGroups: [{ filters: [...groups[0]!.filters, gt(last)] }], sorts: idSort, limit: 40 };
    const hitsBefore = cache.hits;
    const page = pageOf(deals, request(continued), cache);
    expect(cache.hits).toBe(hitsBefore + 1);
    expect(page).toEqual(pageOf(deals, request(continued)));
    expect(Number(page.ids[0])).toBeGreaterThan(last);
    expect(page.total + 40).toBe(base.total);
  });

  it('serves the same query written in another order from one entry', () => {
    const { deals } = portal();
    const cache = new SearchCache();
    const owner = { propertyName: 'hubspot_owner_id', operator: 'EQ', value: '1001' };
    const won = { propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' };
    const late = { propertyName: 'amount', operator: 'GT', value: '5000' };
    const one = pageOf(deals, request({ filterGroups: [{ filters: [owner, won] }, { filters: [late] }] }), cache);
    const two = pageOf(deals, request({ filterGroups: [{ filters: [late] }, { filters: [won, owner] }] }), cache);
    expect(two).toEqual(one);
    expect([cache.hits, cache.misses, cache.size]).toEqual([1, 1, 1]);
  });

  it('forgets the least recently used query first', () => {
    const { deals } = portal();
    const cache = new SearchCache(2);
    const byOwner = (o: string) => request({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: o }] }] });
    pageOf(deals, byOwner('1000'), cache);
    pageOf(deals, byOwner('1001'), cache);
    pageOf(deals, byOwner('1000'), cache);
    pageOf(deals, byOwner('1002'), cache);
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
    pageOf(deals, byOwner('1000'), cache);
    expect(cache.hits).toBe(2);
    pageOf(deals, byOwner('1001'), cache);
    expect([cache.hits, cache.misses, cache.size]).toEqual([2, 4, 2]);
  });

  it('keeps the records it holds under its budget, always keeping the newest list', () => {
    const { deals } = portal();
    const cache = new SearchCache(48, 100);
    const byOwner = (o: string) => request({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: o }] }] });
    const everything = request({});
    expect(pageOf(deals, byOwner('1000'), cache).total).toBe(47);
    expect(pageOf(deals, byOwner('1001'), cache).total).toBe(47);
    expect([cache.size, cache.records]).toEqual([2, 94]);
    expect(pageOf(deals, everything, cache).total).toBe(282);
    expect([cache.size, cache.records]).toEqual([1, 282]);
    pageOf(deals, byOwner('1002'), cache);
    expect([cache.size, cache.records]).toEqual([1, 47]);
  });
});
