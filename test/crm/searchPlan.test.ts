import fc from 'fast-check';
import type { FilterGroup } from '../../src/crm/crmTransport';
import { HUBSPOT_SEARCH_LIMITS } from '../../src/crm/searchLimits';
import type { PlannedQuery, SearchSpec } from '../../src/crm/searchPlan';
import { planSearch, searchBody } from '../../src/crm/searchPlan';

const L = HUBSPOT_SEARCH_LIMITS;

/** The widest body a planned query can send: continuation filter and largest `after` included. */
const worstBody = (q: PlannedQuery, props: string[]): number =>
  JSON.stringify(searchBody(q.filterGroups, props, L.pageSize, '9'.repeat(20), '10000')).length;

function expectWithinLimits(plan: PlannedQuery[]): void {
  for (const q of plan) {
    expect(q.filterGroups.length).toBeLessThanOrEqual(L.maxGroups);
    const total = q.filterGroups.reduce((n: number, g: FilterGroup) => n + g.filters.length + 1, 0);
    expect(total).toBeLessThanOrEqual(L.maxFilters);
    for (const g of q.filterGroups) expect(g.filters.length + 1).toBeLessThanOrEqual(L.maxFiltersPerGroup);
    for (const props of q.propertyChunks) expect(worstBody(q, props)).toBeLessThanOrEqual(L.maxBodyChars);
  }
}

/** For each alternative (by its filters' JSON), the owner ids its groups cover, with repeats. */
function ownersPerAlternative(plan: PlannedQuery[]): Map<string, string[]> {
  const covered = new Map<string, string[]>();
  for (const q of plan) {
    for (const g of q.filterGroups) {
      const owners = g.filters.find((f) => f.propertyName === 'hubspot_owner_id')?.values ?? [];
      const rest = JSON.stringify(g.filters.filter((f) => f.propertyName !== 'hubspot_owner_id'));
      covered.set(rest, [...(covered.get(rest) ?? []), ...owners]);
    }
  }
  return covered;
}

const closedInQ3 = [{ propertyName: 'closedate', operator: 'BETWEEN' as const, value: '1782864000000', highValue: '1790812799999' }];

describe('planSearch', () => {
  it('asks for one rep\'s quarter in a single request sorted by record id', () => {
    const spec: SearchSpec = { inLists: [{ propertyName: 'hubspot_owner_id', values: ['5001'] }], alternatives: [closedInQ3], properties: ['amount', 'closedate'] };
    const plan = planSearch(spec);
    expect(plan).toHaveLength(1);
    expect(plan[0]?.filterGroups).toEqual([{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'IN', values: ['5001'] }, ...closedInQ3] }]);
    expect(plan[0]?.propertyChunks).toEqual([['amount', 'closedate']]);
    expect(searchBody(plan[0]!.filterGroups, ['amount'], 200, null, undefined).sorts).toEqual([{ propertyName: 'hs_object_id', direction: 'ASCENDING' }]);
  });

  it('needs no request at all for an empty owner list (a team with no members)', () => {
    expect(planSearch({ inLists: [{ propertyName: 'hubspot_owner_id', values: [] }], alternatives: [], properties: ['amount'] })).toEqual([]);
  });

  it('spreads a 250-rep department over IN filters of at most 100 owners, each owner once', () => {
    const owners = Array.from({ length: 250 }, (_, i) => String(70_000_000 + i));
    const plan = planSearch({ inLists: [{ propertyName: 'hubspot_owner_id', values: owners }], alternatives: [closedInQ3], properties: ['amount', 'dealstage'] });
    expectWithinLimits(plan);
    const groups = plan.flatMap((q) => q.filterGroups);
    for (const g of groups) expect(g.filters[0]?.values?.length).toBeLessThanOrEqual(100);
    expect([...ownersPerAlternative(plan).values()][0]?.sort()).toEqual([...owners].sort());
  });

  it('splits a property list longer than the 3,000-character body into chunks read with the same filters', () => {
    const stageProps = Array.from({ length: 120 }, (_, i) => `hs_v2_date_entered_${1_000_000 + i}`);
    const plan = planSearch({ inLists: [{ propertyName: 'hubspot_owner_id', values: ['5001'] }], alternatives: [closedInQ3], properties: stageProps });
    expectWithinLimits(plan);
    expect(plan).toHaveLength(1);
    expect(plan[0]!.propertyChunks.length).toBeGreaterThan(1);
    expect(plan[0]!.propertyChunks.flat()).toEqual(stageProps);
  });

  it('refuses an alternative that leaves no filter slot for the 10k continuation', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ propertyName: `p${i}`, operator: 'EQ' as const, value: 'x' }));
    expect(() => planSearch({ inLists: [], alternatives: [six], properties: [] })).toThrow(/continuation/);
  });

  it('always stays within HubSpot\'s limits and covers every owner for every alternative (property)', () => {
    const ownerIds = fc.uniqueArray(fc.bigInt({ min: 1n, max: 999_999_999_999n }).map(String), { minLength: 1, maxLength: 400 });
    const filter = fc.record({
      propertyName: fc.constantFrom('closedate', 'createdate', 'hs_is_closed', 'dealtype'),
      operator: fc.constantFrom('EQ' as const, 'GTE' as const, 'LT' as const),
      value: fc.stringMatching(/^[0-9a-z]{1,13}$/),
    });
    const alternatives = fc.uniqueArray(fc.array(filter, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4, selector: (alt) => JSON.stringify(alt) });
    const properties = fc.uniqueArray(fc.stringMatching(/^[a-z_]{3,60}$/), { maxLength: 150 });
    fc.assert(
      fc.property(ownerIds, alternatives, properties, (owners, alts, props) => {
        const plan = planSearch({ inLists: [{ propertyName: 'hubspot_owner_id', values: owners }], alternatives: alts, properties: props });
        expectWithinLimits(plan);
        for (const q of plan) expect(q.propertyChunks.flat()).toEqual(props);
        const covered = ownersPerAlternative(plan);
        for (const alt of alts) {
          const got = covered.get(JSON.stringify(alt)) ?? [];
          expect(new Set(got).size).toBe(got.length);
          expect(new Set(got)).toEqual(new Set(owners));
        }
      }),
      { numRuns: 150 },
    );
  });
});
