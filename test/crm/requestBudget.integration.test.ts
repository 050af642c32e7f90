import { periodContaining } from '../../src/domain/period';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import { DEMO_CALENDAR, DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { loadDealCard } from '../../src/crm/loadDealCard';
import { loadFunnelHealth } from '../../src/crm/loadFunnelHealth';
import { loadOwnerScorecard } from '../../src/crm/loadOwnerScorecard';
import { statsSince } from '../../src/crm/requestStats';
import type { Harness } from './emulatorHarness';
import { startHarness } from './emulatorHarness';
import { fakeTime } from './fakeTransport';

const AS_OF = Date.parse('2026-11-16T00:00:00Z');
const DEALS = 100_000;
let h: Harness;

// One 100k-deal demo portal for the whole file; the emulator's limits are off and the gateway
// runs on a virtual clock, so HubSpot's pacing costs no wall time while still being applied.
beforeAll(async () => {
  h = await startHarness(generateDemoSnapshot({ deals: DEALS, seed: 3, asOf: AS_OF }), { limits: false });
}, 120_000);
afterAll(() => h.running.close());

describe('requests per use case on a 100,000-deal demo portal', () => {
  it('reads a small slice of the portal for each card, and says how many requests it took', async () => {
    const time = fakeTime(AS_OF);
    const gw = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.running.url, clock: time.clock, sleep: time.sleep });
    const quarter = periodContaining('quarter', AS_OF, DEMO_CALENDAR);
    const rep = h.full.data.owners.find((o) => o.active && h.full.data.deals.some((d) => d.ownerId === o.id))!;
    const team = h.full.data.teams.find((t) => t.memberOwnerIds.includes(rep.id))!;
    const openDeal = h.full.data.deals.find((d) => d.ownerId === rep.id && d.outcome === 'open')!;
    const rows: { use: string; requests: number; searches: number; deals: number; ms: number }[] = [];
    const measure = async (use: string, load: () => Promise<{ data: { deals: unknown[] } }>) => {
      const before = gw.stats();
      const started = Date.now();
      h.emulator.stats.reset();
      const { data } = await load();
      const delta = statsSince(before, gw.stats());
      expect(h.emulator.stats.requests).toBe(delta.requests);
      rows.push({ use, requests: delta.requests, searches: delta.searches, deals: data.deals.length, ms: Date.now() - started });
    };
    const scorecard = (ownerIds: string[], historyQuarters: number, comparison: 'none' | 'both') => () =>
      loadOwnerScorecard(gw, { portal: DEMO_PORTAL, ownerIds, period: quarter, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, historyQuarters, includeFunnel: false, comparison });
    await measure('rep quarter (cold cache)', scorecard([rep.id], 0, 'none'));
    await measure('rep quarter (warm cache)', scorecard([rep.id], 0, 'none'));
    await measure('rep scorecard, 4 quarters trend + growth', scorecard([rep.id], 4, 'both'));
    await measure('funnel health, team, quarter', () =>
      loadFunnelHealth(gw, { portal: DEMO_PORTAL, pipelineId: openDeal.pipelineId!, period: quarter, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, ownerIds: team.memberOwnerIds }),
    );
    const card = () => loadDealCard(gw, { portal: DEMO_PORTAL, dealId: openDeal.id, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, now: AS_OF, historyDays: 60 });
    await measure('deal card (cold, 60-day history)', card);
    await measure('deal card (warm history)', card);
    console.log(
      [`requests per use case, ${DEALS.toLocaleString('en-US')}-deal demo portal`, 'use case | requests | searches | deals read | wall ms', ...rows.map((r) => `${r.use} | ${r.requests} | ${r.searches} | ${r.deals} | ${r.ms}`)].join('\n'),
    );
    const [cold, warm, , , , warmCard] = rows;
    // One rep's quarter must not read the portal: a handful of searches, about 1% of the deals.
    expect(cold!.deals).toBeLessThan(DEALS / 50);
    expect(cold!.deals).toBeGreaterThan(0);
    expect(warm!.requests).toBe(cold!.requests - 3);
    expect(warm!.searches).toBeLessThanOrEqual(2 + Math.ceil(warm!.deals / 200));
    expect(warmCard!.requests).toBeLessThanOrEqual(3);
    for (const r of rows) expect(r.deals).toBeLessThan(DEALS / 5);
  }, 300_000);
});
