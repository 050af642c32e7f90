import type { Bounds, Period } from '../../src/domain/period';
import { inBounds, periodBounds, periodContaining, shiftPeriod } from '../../src/domain/period';
import type { Deal } from '../../src/domain/portal';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import { DEMO_CALENDAR, DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { stalledLineDays } from '../../src/funnel/stageAging';
import { stageWinChance } from '../../src/funnel/stageWinChance';
import type { KpiId } from '../../src/kpi/catalog';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { loadDealCard } from '../../src/crm/loadDealCard';
import { loadFunnelHealth } from '../../src/crm/loadFunnelHealth';
import { loadOwnerScorecard } from '../../src/crm/loadOwnerScorecard';
import type { Harness } from './emulatorHarness';
import { asReadLive, byId, ids, kpiOn, startHarness } from './emulatorHarness';

const AS_OF = Date.parse('2026-11-16T00:00:00Z');
const settings = demoSettings();
const DAY = 86_400_000;
let h: Harness;

beforeAll(async () => {
  h = await startHarness(generateDemoSnapshot({ deals: 3000, seed: 11, asOf: AS_OF }));
});
afterAll(() => h.running.close());

const gateway = () => createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.running.url });
const quarterOf = (t: number): Period => periodContaining('quarter', t, DEMO_CALENDAR);
const open = (d: Deal) => d.outcome === 'open';

/** The busiest rep of the demo portal (most deals). */
function busiestOwner(): string {
  const counts = new Map<string, number>();
  for (const d of h.full.data.deals) if (d.ownerId) counts.set(d.ownerId, (counts.get(d.ownerId) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The funnel cohort rule of kpi-spec §5, written out independently of the query planner. */
const mayHaveEnteredIn = (d: Deal, w: Bounds) => d.createdAt !== null && d.createdAt < w.end && (open(d) || (d.closedAt !== null && d.closedAt >= w.start));

describe('loaders against the emulator through @hubspot/api-client', () => {
  it('loads one rep\'s scorecard: exactly the deals the KPIs need, and the same KPIs as the full portal', async () => {
    const owner = busiestOwner();
    const period = quarterOf(AS_OF - 40 * DAY);
    const loaded = await loadOwnerScorecard(gateway(), { portal: DEMO_PORTAL, ownerIds: [owner], period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, historyQuarters: 4, includeFunnel: true });
    const expected = h.full.data.deals.filter((d) => d.ownerId === owner && (inBounds(d.closedAt, loaded.window) || mayHaveEnteredIn(d, loaded.window)));
    expect(byId(loaded.data.deals)).toEqual(byId(expected.map(asReadLive)));
    expect(loaded.data.deals.length).toBeLessThan(h.full.data.deals.length / 5);
    const subject = { kind: 'owner' as const, id: owner, ownerIds: [owner], teamIds: [] };
    const kpis: KpiId[] = ['won_revenue', 'revenue_attainment', 'win_rate', 'activity_count', 'growth_rate', 'pipeline_coverage', 'stage_conversion'];
    for (const back of [0, 1, 4]) {
      const p = shiftPeriod(period, -back);
      for (const id of kpis) expect([p, id, kpiOn(loaded.data, id, settings, p, AS_OF, subject)]).toEqual([p, id, kpiOn(h.full.data, id, settings, p, AS_OF, subject)]);
    }
    expect(kpiOn(loaded.data, 'won_revenue', settings, period, AS_OF, subject).status).toBe('ok');
  });

  it('loads funnel health for one pipeline, team and quarter with the full portal\'s conversion', async () => {
    const team = h.full.data.teams[0]!;
    const pipeline = h.full.data.pipelines[0]!;
    const period = quarterOf(AS_OF - 100 * DAY);
    const bounds = periodBounds(period, DEMO_CALENDAR);
    const loaded = await loadFunnelHealth(gateway(), { portal: DEMO_PORTAL, pipelineId: pipeline.id, period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, ownerIds: team.memberOwnerIds });
    const members = new Set(team.memberOwnerIds);
    const expected = h.full.data.deals.filter((d) => d.pipelineId === pipeline.id && d.ownerId !== null && members.has(d.ownerId) && mayHaveEnteredIn(d, bounds));
    expect(ids(loaded.data.deals)).toEqual(ids(expected));
    // Stage entries of this pipeline are all there; other pipelines' stages are not asked for.
    for (const d of byId(loaded.data.deals)) expect(d.stageEnteredAt).toEqual(h.full.data.deals.find((f) => f.id === d.id)!.stageEnteredAt);
    const subject = { kind: 'team' as const, id: team.id, ownerIds: team.memberOwnerIds, teamIds: [team.id] };
    for (const id of ['stage_conversion', 'lead_to_deal_conversion'] as KpiId[]) {
      expect(kpiOn(loaded.data, id, settings, period, AS_OF, subject)).toEqual(kpiOn(h.full.data, id, settings, period, AS_OF, subject));
    }
  });

  it('loads a deal card: the deal, its owner\'s quarter and the pipeline history (cached for the next card)', async () => {
    const gw = gateway();
    const deals = h.full.data.deals.filter((d) => open(d) && d.ownerId !== null && d.pipelineId !== null);
    const [first, second] = [deals[0]!, deals.find((d) => d.pipelineId === deals[0]!.pipelineId && d.id !== deals[0]!.id)!];
    const card = await loadDealCard(gw, { portal: DEMO_PORTAL, dealId: first.id, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, now: AS_OF, historyDays: 365 });
    expect(card.found).toBe(true);
    expect(card.data.deals.find((d) => d.id === first.id)).toEqual(asReadLive(first));
    const quarter = card.quarter!;
    const wonByOwner = (deals: readonly Deal[]) => deals.filter((d) => d.ownerId === first.ownerId && d.outcome === 'won' && inBounds(d.closedAt, quarter));
    expect(ids(wonByOwner(card.data.deals))).toEqual(ids(wonByOwner(h.full.data.deals)));
    const end = Math.floor(AS_OF / DAY) * DAY;
    const historyOf = (deals: readonly Deal[]) => deals.filter((d) => d.pipelineId === first.pipelineId && d.outcome !== 'open' && inBounds(d.closedAt, { start: end - 365 * DAY, end }));
    expect(ids(historyOf(card.data.deals))).toEqual(ids(historyOf(h.full.data.deals)));
    const pipeline = h.full.data.pipelines.find((p) => p.id === first.pipelineId)!;
    const withHistory = (all: readonly Deal[]) => [...historyOf(all), first];
    expect(stageWinChance(pipeline, first.stageId!, withHistory(card.data.deals))).toEqual(stageWinChance(pipeline, first.stageId!, withHistory(h.full.data.deals)));
    expect(stalledLineDays(pipeline, first.stageId!, withHistory(card.data.deals), settings.funnel)).toEqual(stalledLineDays(pipeline, first.stageId!, withHistory(h.full.data.deals), settings.funnel));
    const before = gw.stats();
    await loadDealCard(gw, { portal: DEMO_PORTAL, dealId: second.id, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, now: AS_OF, historyDays: 365 });
    const after = gw.stats();
    // Searches the loader asked for; a retry after a 429 (the emulator's limits are on, and a
    // loaded machine can bunch requests) is the same search sent again.
    expect(after.searches - before.searches - (after.retries - before.retries)).toBeLessThanOrEqual(2);
  });

  it('answers a card for a deal that is gone as not found, not as an error', async () => {
    const card = await loadDealCard(gateway(), { portal: DEMO_PORTAL, dealId: '999999999', calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, now: AS_OF, historyDays: 365 });
    expect(card.found).toBe(false);
  });
});
