import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { evaluateScorecard } from '../../src/scorecard/evaluateScorecard';
import { scorecardResultSchema, type ScorecardResult } from '../../src/scorecard/scorecardResult';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Deal } from '../../src/domain/portal';
import { at, closedDeal, owner, portalOf } from './portalFixture';

const quarter = (year: number, index: number) => ({ kind: 'quarter', year, index }) as const;
const Q2 = quarter(2026, 2);

/** Ann and Bob sell in team east, managed by Mia (named in the settings); Rita (RevOps) owns nothing and is in no team. */
const owners = [owner('ann', ['east']), owner('bob', ['east']), owner('mia', []), owner('rita', [])];
const deals: Deal[] = [
  closedDeal('ann', 'won', 60_000, '2026-04-10'),
  closedDeal('ann', 'lost', 10_000, '2026-05-01'),
  closedDeal('bob', 'won', 20_000, '2026-05-20'),
  { ...closedDeal('bob', 'won', 30_000, '2026-06-20'), outcome: 'open', stageId: 'proposal' },
];

function settings(): Settings {
  const s = defaultSettings();
  s.teams = [{ teamId: 'east', managerOwnerIds: ['mia'] }];
  s.quotas = [{ ownerId: 'ann', period: '2026-Q2', amount: 100_000, split: 'even' }, { ownerId: 'bob', period: '2026-Q2', amount: 100_000, split: 'even' }];
  return s;
}

function card(ownerId: string, now: string, period: ReturnType<typeof quarter> = Q2, s: Settings = settings()): ScorecardResult {
  const data = portalOf(owners, deals);
  const result = evaluateScorecard({ data, index: buildPortalIndex(data), settings: s, ownerId, period, now: at(now), manualScores: [], frozenForecasts: [] });
  if (!result.ok) throw new Error(result.error);
  return scorecardResultSchema.parse(result.value);
}
const kpi = (c: ScorecardResult, id: string) => c.kpis.find((k) => k.id === id);

describe('each KPI means what a sales lead thinks it means', () => {
  it('gives someone who is not a seller no scorecard instead of a D', () => {
    const rita = card('rita', '2026-05-15');
    expect([rita.eligible, rita.grade, rita.kpis, rita.flags]).toEqual([false, null, [], []]);
    expect(card('ann', '2026-05-15').eligible).toBe(true);
  });

  it('leaves pipeline coverage out of a quarter that has ended, and scores it while the quarter runs', () => {
    expect(kpi(card('mia', '2026-07-15'), 'pipeline_coverage')).toMatchObject({ status: 'not_applicable', score: null, weight: 0 });
    expect(kpi(card('mia', '2026-05-15'), 'pipeline_coverage')?.status).toBe('ok');
  });

  it('says revenue per rep needs a target instead of showing it ok with weight 0', () => {
    const perRep = kpi(card('mia', '2026-07-15'), 'revenue_per_rep');
    expect(perRep).toMatchObject({ status: 'not_configured', score: null, weight: 0 });
    expect(perRep?.actual).toBeCloseTo(80_000 / 2, 6);
    expect(perRep?.reason).toContain('set a target to score it');
  });

  it('has nothing to grade in a quarter without deals or activity, rather than a D', () => {
    for (const period of [quarter(2027, 3), quarter(1970, 1)]) {
      const ann = card('ann', '2026-05-15', period);
      expect(kpi(ann, 'activity_count')?.status).toBe('insufficient_data');
      expect([ann.total, ann.grade, ann.flags]).toEqual([null, null, []]);
    }
  });

  it('shows a running quarter to date: the elapsed share, and attainment at pace', () => {
    // 2026-05-16 at noon: 45.5 of the quarter's 91 days
    const ann = card('ann', '2026-05-16');
    expect(ann.elapsedShare).toBeCloseTo(45.5 / 91, 6);
    const attainment = kpi(ann, 'revenue_attainment');
    expect(attainment?.actual).toBeCloseTo(0.6, 10);
    expect(attainment?.pace).toBeCloseTo(1.2, 6);
    const ended = card('ann', '2026-07-15');
    expect([ended.elapsedShare, kpi(ended, 'revenue_attainment')?.pace]).toEqual([1, null]);
  });
});
