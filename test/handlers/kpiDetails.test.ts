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
