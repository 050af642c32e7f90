import fc from 'fast-check';
import type { Snapshot } from '../../src/domain/snapshot';
import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import { ascendsByNumericId, idBoundsOf, idRangeSlice } from '../../src/emulator/idRange';
import { SearchCache } from '../../src/emulator/searchCache';
import { searchObjects } from '../../src/emulator/searchObjects';
import { searchRequestSchema } from '../../src/emulator/searchRequest';
import type { Filter } from '../../src/emulator/searchRequest';
import { smallSnapshot } from './fixtures';

const f = (operator: Filter['operator'], value: string, highValue?: string): Filter => ({
  propertyName: 'hs_object_id',
  operator,
  value,
  ...(highValue === undefined ? {} : { highValue }),
});
const records = (ids: readonly number[]) => ids.map((n) => ({ id: String(n) }));

describe('id bounds of a filter group', () => {
  it('keeps the tightest of several bounds, strict beating inclusive at the same id', () => {
    expect(idBoundsOf([f('GTE', '100'), f('GT', '100'), f('LTE', '500'), f('BETWEEN', '50', '400')])).toEqual({
      low: { value: 100, strict: true },
      high: { value: 400, strict: false },
    });
  });

  it('ignores other properties and gives up on ids that are not numbers', () => {
    expect(idBoundsOf([{ propertyName: 'amount', operator: 'GT', value: '5' }])).toBeNull();
    expect(idBoundsOf([f('EQ', '5')])).toBeNull();
    expect(idBoundsOf([f('GT', 'abc')])).toBeNull();
  });
});

describe('cutting an id range out of an id-ordered list', () => {
  it('finds the deals after the last one a page showed', () => {
    const list = records([101, 102, 105, 105, 230, 231]);
    expect(idRangeSlice(list, { low: { value: 105, strict: true }, high: null }).map((r) => r.id)).toEqual(['230', '231']);
    expect(idRangeSlice(list, { low: { value: 105, strict: false }, high: { value: 230, strict: true } }).map((r) => r.id)).toEqual(['105', '105']);
    expect(idRangeSlice(list, { low: { value: 300, strict: false }, high: null })).toEqual([]);
    expect(idRangeSlice(list, { low: { value: 200, strict: false }, high: { value: 150, strict: false } })).toEqual([]);
  });

  it('is exactly the records a scan with the same bounds keeps', () => {
    const bound = fc.option(fc.record({ value: fc.integer({ min: -5, max: 60 }), strict: fc.boolean() }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), bound, bound, (ids, low, high) => {
        const list = records([...ids].sort((a, b) => a - b));
        const inside = (n: number) =>
          (low === null || (low.strict ? n > low.value : n >= low.value)) && (high === null || (high.strict ? n < high.value : n <= high.value));
        expect(idRangeSlice(list, { low, high })).toEqual(list.filter((r) => inside(Number(r.id))));
      }),
    );
  });

  it('is only trusted on lists whose ids are numbers that never descend', () => {
    expect(ascendsByNumericId(records([1, 2, 2, 9]))).toBe(true);
    expect(ascendsByNumericId(records([1, 3, 2]))).toBe(false);
    expect(ascendsByNumericId([{ id: '7' }, { id: 'abc' }])).toBe(false);
    expect(ascendsByNumericId([])).toBe(true);
  });
});

describe('id ranges on a portal with hand-made ids', () => {
  /** The small portal plus deals a test author might seed by hand: text ids and a hex-looking one. */
  function oddPortal() {
    const base = smallSnapshot();
    const extra = ['abc', '0x10', '200', '99'].map((id) => ({ id, properties: { dealname: `Odd ${id}`, pipeline: 'default', dealstage: 'closedwon', amount: '10' } }));
    const snapshot: Snapshot = { ...base, deals: [...base.deals, ...extra] };
    const deals = collectionFor(createCrmState(snapshot, '2026-04-01T00:00:00.000Z'), 'deals');
    if (deals === undefined) throw new Error('no deals collection');
    return deals;
  }

  it('compares ids as numbers, leaves out the ones that are not, and caching changes nothing', () => {
    const deals = oddPortal();
    expect(deals.idsAreNumeric).toBe(false);
    const cache = new SearchCache();
    const run = (body: object, withCache: boolean) => {
      const page = searchObjects(deals, searchRequestSchema.parse({ limit: 200, sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], ...body }), withCache ? cache : undefined);
      if (!page.ok) throw new Error(page.error);
      return page.value.results.map((o) => o.id);
    };
    const base = { filterGroups: [{ filters: [{ propertyName: 'dealstage', operator: 'EQ', value: 'closedwon' }] }] };
    const after = { filterGroups: [{ filters: [...base.filterGroups[0]!.filters, { propertyName: 'hs_object_id', operator: 'GT', value: '101' }] }] };
    expect(run(base, true)).toEqual(['99', '101', '102', '104', '200', '0x10', 'abc']);
    expect(run(after, true)).toEqual(['102', '104', '200']);
    expect(run(after, false)).toEqual(['102', '104', '200']);
  });
});
