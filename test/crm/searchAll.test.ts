import type { CrmObject } from '../../src/domain/snapshot';
import { searchAll, searchPageSchema } from '../../src/crm/searchAll';
import { planSearch } from '../../src/crm/searchPlan';
import { createFakeTransport } from './fakeTransport';

/** A rep with `n` deals (ids 1..n, in scrambled order) and a colleague with a few. */
function portalWith(n: number): CrmObject[] {
  const deals: CrmObject[] = [];
  for (let i = 0; i < n; i++) {
    const id = String(((i * 7919) % n) + 1);
    deals.push({ id, properties: { hubspot_owner_id: '5001', amount: String(1000 + (i % 50)), dealstage: 'closedwon', hs_v2_date_entered_closedwon: '1700000000000' } });
  }
  for (let i = 1; i <= 30; i++) deals.push({ id: String(n + i), properties: { hubspot_owner_id: '5002', amount: '10' } });
  return deals;
}

const rep = (props: string[]) => ({ inLists: [{ propertyName: 'hubspot_owner_id', values: ['5001'] }], alternatives: [], properties: props });

describe('searchAll', () => {
  it('reads all 25,000 deals of one rep past the 10,000-result cap, none lost and none twice', async () => {
    const transport = createFakeTransport({ owners: [], pipelines: [], users: [], objects: { deals: portalWith(25_000) } });
    const run = async (body: Parameters<typeof transport.search>[1]) => searchPageSchema.parse(await transport.search('deals', body));
    const deals = await searchAll(planSearch(rep(['amount'])), run);
    expect(deals).toHaveLength(25_000);
    expect(new Set(deals.map((d) => d.id)).size).toBe(25_000);
    expect(deals.every((d) => d.properties.amount !== undefined)).toBe(true);
    // 125 pages of 200; the 51st and 101st restart with hs_object_id GT the last id read.
    expect(transport.calls).toHaveLength(125);
    const restarts = transport.calls.filter((c) => c.body?.filterGroups[0]?.filters.some((f) => f.propertyName === 'hs_object_id'));
    expect(restarts.map((c) => c.body?.filterGroups[0]?.filters.at(-1)?.value)).toEqual(expect.arrayContaining(['10000', '20000']));
    expect(transport.calls.every((c) => Number(c.body?.after ?? 0) + 200 <= 10_000)).toBe(true);
  });

  it('reads exactly 10,000 results without a needless restart query', async () => {
    const transport = createFakeTransport({ owners: [], pipelines: [], users: [], objects: { deals: portalWith(10_000) } });
    const run = async (body: Parameters<typeof transport.search>[1]) => searchPageSchema.parse(await transport.search('deals', body));
    expect(await searchAll(planSearch(rep(['amount'])), run)).toHaveLength(10_000);
    expect(transport.calls).toHaveLength(50);
  });

  it('merges the property chunks of each deal back into one record', async () => {
    const stages = Array.from({ length: 100 }, (_, i) => `hs_v2_date_entered_stage_number_${i}`);
    const deals: CrmObject[] = [1, 2, 3].map((id) => ({ id: String(id), properties: Object.fromEntries([['hubspot_owner_id', '5001'], ...stages.map((s, i) => [s, String(id * 1000 + i)])]) }));
    const transport = createFakeTransport({ owners: [], pipelines: [], users: [], objects: { deals } });
    const run = async (body: Parameters<typeof transport.search>[1]) => searchPageSchema.parse(await transport.search('deals', body));
    const found = await searchAll(planSearch(rep(stages)), run);
    expect(transport.calls.length).toBeGreaterThan(1);
    expect(found.map((d) => d.id)).toEqual(['1', '2', '3']);
    expect(found[1]?.properties[stages[99]!]).toBe('2099');
    expect(found[1]?.properties[stages[0]!]).toBe('2000');
  });
});
