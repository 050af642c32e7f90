import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import type { Harness } from './fixtures';
import { manyDealsSnapshot, startHarness } from './fixtures';

/**
 * A 100k-deal portal: an owner + close-date search must come back correct through the SDK
 * while the equality index narrows the candidates to the owner's deals (timings are
 * reported by hand, never asserted).
 */
describe('searching a 100,000-deal portal', () => {
  const snapshot = manyDealsSnapshot(100_000, 50);
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(snapshot, { limits: false });
  });
  afterAll(() => h.server.close());

  it("returns one owner's Q1 2026 deals, all of them and only them", async () => {
    const low = Date.UTC(2026, 0, 1);
    const high = Date.UTC(2026, 2, 31, 23, 59, 59, 999);
    const expected = snapshot.deals
      .filter((d) => d.properties.hubspot_owner_id === '1007')
      .filter((d) => {
        const at = Date.parse(d.properties.closedate ?? '');
        return at >= low && at <= high;
      })
      .map((d) => d.id);
    const seen: string[] = [];
    let after: string | undefined = '0';
    while (after !== undefined) {
      const page = await h.client.crm.deals.searchApi.doSearch({
        filterGroups: [{ filters: [
          { propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: '1007' },
          { propertyName: 'closedate', operator: FilterOperatorEnum.Between, value: String(low), highValue: String(high) },
        ] }],
        properties: ['amount', 'closedate'],
        sorts: [],
        limit: 200,
        after,
      });
      expect(page.total).toBe(expected.length);
      seen.push(...page.results.map((d) => d.id));
      after = page.paging?.next?.after;
    }
    expect(expected.length).toBeGreaterThan(200);
    expect(seen).toEqual(expected);
    const deals = h.emulator.state.builtIns.get('deals');
    expect(deals?.idsEqualTo('hubspot_owner_id', '1007').size).toBe(2000);
  });
});
