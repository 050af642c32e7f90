import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { kpiDetails } from '../../src/handlers/kpiDetails';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import type { Harness } from './handlerFixture';
import { PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
  await h.store.manualScores.set(PORTAL_ID, { ownerId: PEOPLE.eastRep.ownerId, key: 'csat', period: '2026-Q3', score: 83 }, { name: 'Chen Jing', userId: PEOPLE.eastManager.userId });
});

const rep = PEOPLE.eastRep.ownerId;
const open = (kpi: string, viewer: 'eastRep' | 'eastManager' | 'southManager' = 'eastManager', period = '2026-Q3') =>
  kpiDetails({ ownerId: rep, period, kpi }, h.deps(viewerOf(viewer)));

describe('kpiDetails', () => {
  it('shows the scorecard’s own row for the KPI', async () => {
    const card = dataOf(await ownerScorecard({ ownerId: rep, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    for (const row of card.kpis) {
      const detail = dataOf(await open(row.id));
      expect({ kpi: detail.kpi, actual: detail.actual, target: detail.target, score: detail.score, weight: detail.weight }).toEqual({ kpi: row.id, actual: row.actual, target: row.target, score: row.score, weight: row.weight });
    }
  });

  it('lists exactly the won deals whose amounts add up to the revenue attainment’s won input, with HubSpot links', async () => {
    const detail = dataOf(await open('revenue_attainment'));
    const [won, target] = detail.formula.inputs;
    expect(detail.formula.operator).toBe('divide');
    expect([won?.name, target?.name]).toEqual(['won', 'target']);
    expect(detail.actual).toBeCloseTo((won?.value ?? 0) / (target?.value ?? 1), 10);
    expect(detail.records.length).toBeGreaterThan(0);
    expect(detail.records.every((r) => r.type === 'deal' && r.outcome === 'won')).toBe(true);
    expect(detail.records.reduce((sum, r) => sum + (r.amount ?? 0), 0)).toBeCloseTo(won?.value ?? -1, 6);
    const expectedIds = data.deals
      .filter((d) => d.ownerId === rep && d.outcome === 'won' && d.closedAt !== null && d.closedAt >= Date.parse('2026-06-30T16:00:00Z') && d.closedAt < Date.parse('2026-09-30T16:00:00Z'))
      .map((d) => d.id)
      .sort();
    expect(detail.records.map((r) => r.id).sort()).toEqual(expectedIds);
    expect(detail.records[0]?.url).toBe(`https://app.hubspot.com/contacts/${PORTAL_ID}/record/0-3/${detail.records[0]?.id}`);
  });

  it('counts won and lost deals for the win rate, and lists the scores behind a manual KPI', async () => {
    const winRate = dataOf(await open('win_rate'));
    const [wonCount, closed] = winRate.formula.inputs;
    expect(winRate.records).toHaveLength(closed?.value ?? -1);
    expect(winRate.records.filter((r) => r.outcome === 'won')).toHaveLength(wonCount?.value ?? -1);
    const csat = dataOf(await open('manual:csat'));
    expect(csat.records).toEqual([expect.objectContaining({ type: 'score', amount: 83, url: null })]);
  });

  it('follows the scorecard’s access rule and refuses KPIs that are not on the scorecard', async () => {
    expect(dataOf(await open('win_rate', 'eastRep')).kpi).toBe('win_rate');
    expect(errorOf(await open('win_rate', 'southManager')).code).toBe('forbidden');
    expect(errorOf(await open('churn_rate_value')).code).toBe('not_found');
    expect(errorOf(await open('made_up')).code).toBe('invalid');
  });
});

describe('kpiDetails for the KPIs that are not one sum', () => {
  const openStores = tempStores();
  let hx: Harness;
  beforeAll(async () => {
    const settings = demoSettings();
    const kpis = (['growth_rate', 'churn_rate_value', 'stage_conversion', 'lead_to_deal_conversion', 'sales_cycle_days'] as const).map((kpi) => ({
      kpi, weight: 20, target: kpi === 'sales_cycle_days' ? 60 : 0.5, scoring: { type: 'linear' as const, floor: 0, cap: 1.5 },
    }));
    hx = await harness(openStores, data, { ...settings, roles: { ...settings.roles, rep: { kpis } } });
  });
  const openKpi = (kpi: string) => kpiDetails({ ownerId: rep, period: '2026-Q3', kpi }, hx.deps(viewerOf('eastManager')));
  const input = (d: { formula: { inputs: { name: string; value: number | null }[] } }, name: string) => d.formula.inputs.find((i) => i.name === name)?.value;
  const sum = (records: { input?: string | null; amount: number | null }[], name: string) => records.filter((r) => r.input === name).reduce((s, r) => s + (r.amount ?? 0), 0);

  it('growth: each period’s listed deals add up to that period’s won input', async () => {
    const d = dataOf(await openKpi('growth_rate'));
    expect([d.formula.operator, d.recordSet]).toEqual(['growth', 'growth']);
    expect(['won', 'won_before'].map((name) => d.records.some((r) => r.input === name))).toEqual([true, true]);
    expect(sum(d.records, 'won')).toBeCloseTo(input(d, 'won') ?? NaN, 6);
    expect(sum(d.records, 'won_before')).toBeCloseTo(input(d, 'won_before') ?? NaN, 6);
  });

  it('churn: the lost existing-business deals add up to the churned value, all of them to the closed value', async () => {
    const d = dataOf(await openKpi('churn_rate_value'));
    expect(sum(d.records, 'existing_lost')).toBeCloseTo(input(d, 'existing_lost') ?? NaN, 6);
    expect(d.records.reduce((s, r) => s + (r.amount ?? 0), 0)).toBeCloseTo(input(d, 'existing_closed') ?? NaN, 6);
  });

  it('stage conversion: the pairs with their counts, and per pair its cohort’s deals', async () => {
    const d = dataOf(await openKpi('stage_conversion'));
    expect(d.pairs?.length).toBeGreaterThan(0);
    for (const p of d.pairs ?? []) {
      const cohort = d.records.filter((r) => r.pair?.pipeline === p.pipeline && r.pair.from === p.from && r.pair.to === p.to);
      expect([cohort.length, cohort.filter((r) => r.pair?.advanced).length]).toEqual([p.entered, p.converted]);
    }
  });

  it('sales cycle: each won deal with its days, adding up to the input', async () => {
    const d = dataOf(await openKpi('sales_cycle_days'));
    const days = d.records.filter((r) => r.input === 'cycle_days').map((r) => r.days ?? NaN);
    expect(days).toHaveLength(input(d, 'cycle_deals') ?? -1);
    expect(days.reduce((s, x) => s + x, 0)).toBeCloseTo(input(d, 'cycle_days') ?? NaN, 6);
  });
});
