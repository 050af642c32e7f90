import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import type { CrmObject, SnapshotInput } from '../../src/domain/snapshot';
import { DEMO_CALENDAR, DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { loadFunnelHealth } from '../../src/crm/loadFunnelHealth';
import { loadOwnerScorecard } from '../../src/crm/loadOwnerScorecard';
import { periodBounds, periodContaining } from '../../src/domain/period';
import type { Harness } from './emulatorHarness';
import { asReadLive, byId, ids, startHarness } from './emulatorHarness';
import { fakeTime } from './fakeTransport';

const AS_OF = Date.parse('2026-11-16T00:00:00Z');
const DAY = 86_400_000;

/** A demo portal plus one rep, owner 424242, who carries 25,000 deals of their own. */
function portalWithHeavyRep(): SnapshotInput {
  const demo = generateDemoSnapshot({ deals: 1500, seed: 5, asOf: AS_OF });
  const pipeline = demo.pipelines[0]!;
  const stages = pipeline.stages.map((s) => s.id);
  const heavy: CrmObject[] = Array.from({ length: 25_000 }, (_, i) => {
    const created = AS_OF - ((i % 700) + 30) * DAY;
    const stage = stages[i % stages.length]!;
    const closed = i % stages.length >= stages.length - 2;
    return {
      id: String(5_000_000 + i * 3),
      properties: {
        hubspot_owner_id: '424242',
        pipeline: pipeline.id,
        dealstage: stage,
        amount: String(1000 + (i % 97) * 10),
        createdate: new Date(created).toISOString(),
        closedate: new Date(created + 20 * DAY).toISOString(),
        hs_is_closed: String(closed),
        hs_is_closed_won: String(closed && i % stages.length === stages.length - 2),
        [`hs_v2_date_entered_${stage}`]: new Date(created + DAY).toISOString(),
      },
    };
  });
  const owners = [...demo.owners, { id: '424242', firstName: 'Heavy', lastName: 'Seller', email: 'heavy@example.com', userId: 77_777 }];
  return { ...demo, owners, deals: [...demo.deals, ...heavy] };
}

describe('the gateway at scale, through @hubspot/api-client and the emulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(portalWithHeavyRep(), { limits: false });
  });
  afterAll(() => h.running.close());

  it('reads all 25,000 deals of one rep past the 10,000-result cap: none lost, none doubled', async () => {
    const time = fakeTime(AS_OF);
    const gw = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.running.url, clock: time.clock, sleep: time.sleep });
    const deals = await gw.searchDeals({ ownerIds: ['424242'] }, EMPTY_MAPPING);
    expect(deals).toHaveLength(25_000);
    expect(new Set(deals.map((d) => d.id)).size).toBe(25_000);
    expect(byId(deals)).toEqual(byId(h.full.data.deals.filter((d) => d.ownerId === '424242').map(asReadLive)));
    // 125 pages; HubSpot's own pace (5 searches a second) is kept on the gateway's clock.
    expect(gw.stats().searches).toBe(125);
    expect(time.clock() - AS_OF).toBeGreaterThanOrEqual(24_000);
  });
});

describe('429 and 5xx storms with the emulator\'s limits on', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(generateDemoSnapshot({ deals: 2500, seed: 9, asOf: AS_OF }), { faults: { rate: 0.15, status: 503 }, random: 4 });
  });
  afterAll(() => h.running.close());

  it('loses nothing when the gateway outruns HubSpot\'s limits and HubSpot fails now and then', async () => {
    // A gateway allowed 50 searches a second meets the emulator's 5: HubSpot answers 429 with Retry-After.
    const gw = createCrmGateway({
      accessToken: DEMO_TOKEN,
      basePath: h.running.url,
      rateLimits: { searchPerWindow: 50, searchWindowMs: 1000, generalPerWindow: 1000, generalWindowMs: 10_000 },
      retryPolicy: { maxRetries: 8, baseDelayMs: 100, maxDelayMs: 2000 },
    });
    const period = periodContaining('quarter', AS_OF - 30 * DAY, DEMO_CALENDAR);
    const owners = h.full.data.owners.filter((o) => o.active).map((o) => o.id);
    const [scorecards, funnels] = await Promise.all([
      Promise.all(
        owners.slice(0, 4).map((owner) =>
          loadOwnerScorecard(gw, { portal: DEMO_PORTAL, ownerIds: [owner], period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, historyQuarters: 2, includeFunnel: false }),
        ),
      ),
      Promise.all(h.full.data.pipelines.map((p) => loadFunnelHealth(gw, { portal: DEMO_PORTAL, pipelineId: p.id, period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING }))),
    ]);
    const stats = gw.stats();
    expect(stats.rateLimited).toBeGreaterThan(0);
    expect(stats.retries).toBeGreaterThan(stats.rateLimited);
    for (const [i, owner] of owners.slice(0, 4).entries()) {
      const { data, window } = scorecards[i]!;
      const inWindow = (t: number | null) => t !== null && t >= window.start && t < window.end;
      expect(ids(data.deals)).toEqual(ids(h.full.data.deals.filter((d) => d.ownerId === owner && inWindow(d.closedAt))));
      expect(data.meetings?.length).toBe(h.full.data.meetings?.filter((m) => m.ownerId === owner && inWindow(m.at)).length);
    }
    const bounds = periodBounds(period, DEMO_CALENDAR);
    for (const [j, p] of h.full.data.pipelines.entries()) {
      const expected = h.full.data.deals.filter((d) => d.pipelineId === p.id && d.createdAt !== null && d.createdAt < bounds.end && (d.outcome === 'open' || (d.closedAt !== null && d.closedAt >= bounds.start)));
      expect(ids(funnels[j]!.data.deals)).toEqual(ids(expected));
    }
  });
});
