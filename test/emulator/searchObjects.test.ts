import fc from 'fast-check';
import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import type { ObjectCollection } from '../../src/emulator/objectCollection';
import { searchObjects } from '../../src/emulator/searchObjects';
import type { SearchRequest } from '../../src/emulator/searchRequest';
import { searchRequestSchema } from '../../src/emulator/searchRequest';
import type { Snapshot } from '../../src/domain/snapshot';
import { manyDealsSnapshot, smallSnapshot } from './fixtures';

const dealsOf = (snapshot: Snapshot): ObjectCollection => {
  const collection = collectionFor(createCrmState(snapshot, '2026-04-01T00:00:00.000Z'), 'deals');
  if (collection === undefined) throw new Error('no deals collection');
  return collection;
};

const request = (body: unknown): SearchRequest => searchRequestSchema.parse(body);
const ids = (collection: ObjectCollection, body: unknown): string[] => {
  const page = searchObjects(collection, request({ limit: 200, ...(body as object) }));
  if (!page.ok) throw new Error(page.error);
  return page.value.results.map((o) => o.id);
};
const filter = (propertyName: string, operator: string, extra: Record<string, unknown>) => ({ filterGroups: [{ filters: [{ propertyName, operator, ...extra }] }] });

describe('search semantics on the small portal', () => {
  const deals = dealsOf(smallSnapshot());

  it('compares amounts as numbers, so 1200.5 equals "1200.50" and 800 < 1200.50 < 3000', () => {
    expect(ids(deals, filter('amount', 'EQ', { value: '1200.5' }))).toEqual(['101']);
    expect(ids(deals, filter('amount', 'LT', { value: '1000' }))).toEqual(['103', '107']);
    expect(ids(deals, filter('amount', 'BETWEEN', { value: '800', highValue: '3000' }))).toEqual(['101', '103', '104']);
  });

  it('compares close dates as instants whether the filter gives ms or ISO text', () => {
    const marchEnd = Date.UTC(2026, 2, 31, 15, 59, 59);
    expect(ids(deals, filter('closedate', 'GTE', { value: String(marchEnd) }))).toEqual(['102', '105', '106']);
    expect(ids(deals, filter('closedate', 'GTE', { value: '2026-03-31T23:59:59+08:00' }))).toEqual(['102', '105', '106']);
  });

  it('matches strings without regard to case, and IN likewise', () => {
    expect(ids(deals, filter('dealname', 'EQ', { value: 'acme RENEWAL' }))).toEqual(['101']);
    expect(ids(deals, filter('dealstage', 'IN', { values: ['CLOSEDWON', 'closedlost'] }))).toEqual(['101', '102', '103', '104']);
  });

  it('treats a missing value as unknown: no comparison holds, but NEQ and NOT_IN include it', () => {
    expect(ids(deals, filter('amount', 'HAS_PROPERTY', {}))).toEqual(['101', '102', '103', '104', '105', '107']);
    expect(ids(deals, filter('amount', 'NOT_HAS_PROPERTY', {}))).toEqual(['106']);
    expect(ids(deals, filter('hubspot_owner_id', 'NEQ', { value: '11' }))).toEqual(['104', '105', '106', '107']);
    expect(ids(deals, filter('hubspot_owner_id', 'NOT_IN', { values: ['11', '12'] }))).toEqual(['107']);
    expect(ids(deals, filter('amount', 'GT', { value: '0' }))).not.toContain('106');
  });

  it('sorts descending with records lacking the value last, ties by id', () => {
    expect(ids(deals, { sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }] })).toEqual(['105', '102', '104', '101', '103', '107', '106']);
    expect(ids(deals, { sorts: ['-hubspot_owner_id'] })).toEqual(['104', '105', '106', '101', '102', '103', '107']);
  });

  it('defaults to 10 results a page and reports the total', () => {
    const page = searchObjects(deals, request({}));
    expect(page.ok && page.value.total).toBe(7);
    expect(page.ok && page.value.nextAfter).toBeUndefined();
  });
});

describe('search invariants', () => {
  const snapshot = manyDealsSnapshot(600, 7);
  const deals = dealsOf(snapshot);
  const raw = snapshot.deals;
  const owner = fc.integer({ min: 1000, max: 1008 }).map(String);
  const instant = fc.integer({ min: Date.UTC(2024, 11, 1), max: Date.UTC(2027, 0, 31) });

  it('an indexed owner + closedate search returns exactly the deals a plain scan finds', () => {
    fc.assert(
      fc.property(owner, instant, instant, (ownerId, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const expected = raw
          .filter((d) => d.properties.hubspot_owner_id === ownerId)
          .filter((d) => {
            const at = Date.parse(d.properties.closedate ?? '');
            return at >= low && at <= high;
          })
          .map((d) => d.id);
        const body = {
          filterGroups: [
            { filters: [
              { propertyName: 'hubspot_owner_id', operator: 'EQ', value: ownerId },
              { propertyName: 'closedate', operator: 'BETWEEN', value: String(low), highValue: new Date(high).toISOString() },
            ] },
          ],
        };
        expect(ids(deals, body)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('walking the after cursor visits every match once, in sort order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom('ASCENDING', 'DESCENDING'), (limit, direction) => {
        const body = { ...filter('dealstage', 'EQ', { value: 'qualifiedtobuy' }), sorts: [{ propertyName: 'amount', direction }], limit };
        const seen: string[] = [];
        let after: string | undefined = undefined;
        do {
          const page = searchObjects(deals, request({ ...body, after }));
          if (!page.ok) throw new Error(page.error);
          seen.push(...page.value.results.map((o) => o.id));
          after = page.value.nextAfter;
        } while (after !== undefined);
        expect(seen).toHaveLength(400);
        expect(new Set(seen).size).toBe(400);
        const amounts = seen.map((id) => Number(deals.get(id)?.properties.amount));
        const sorted = [...amounts].sort((x, y) => (direction === 'ASCENDING' ? x - y : y - x));
        expect(amounts).toEqual(sorted);
      }),
      { numRuns: 25 },
    );
  });

  it('ORing two groups gives the union of each group alone', () => {
    fc.assert(
      fc.property(owner, owner, (first, second) => {
        const one = ids(deals, filter('hubspot_owner_id', 'EQ', { value: first }));
        const two = ids(deals, filter('hubspot_owner_id', 'EQ', { value: second }));
        const both = ids(deals, { filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: first }] }, { filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: second }] }], limit: 200 });
        const union = [...new Set([...one, ...two])].sort((a, b) => Number(a) - Number(b));
        expect(both).toEqual(union.slice(0, 200));
      }),
      { numRuns: 30 },
    );
  });
});
