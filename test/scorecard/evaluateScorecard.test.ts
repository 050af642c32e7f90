import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { evaluateScorecard, type EvaluateScorecardInput } from '../../src/scorecard/evaluateScorecard';
import { scorecardResultSchema, type ScorecardResult } from '../../src/scorecard/scorecardResult';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { at, closedDeal, owner, portalOf } from './portalFixture';

const Q2_2026 = { kind: 'quarter', year: 2026, index: 2 } as const;

/**
 * Ann sells in team east. Her rep template: revenue attainment 50, win rate 30, collection
 * rate 20 (collected amount is not mapped, so it drops out). Quota 100,000 a quarter in
 * 2026-Q1 and Q2; nothing earlier. Bob, also in east, has a bad half-year.
 */
function settings(): Settings {
  const s = defaultSettings();
  const linear = { type: 'linear', floor: 0, cap: 1.5 } as const;
  s.roles.rep.kpis = [
    { kpi: 'revenue_attainment', weight: 50, target: 1, scoring: linear },
    { kpi: 'win_rate', weight: 30, target: 0.5, scoring: linear },
    { kpi: 'collection_rate', weight: 20, target: 0.95, scoring: linear },
  ];
  s.quotas = ['ann', 'bob'].flatMap((ownerId) =>
    ['2026-Q1', '2026-Q2'].map((period) => ({ ownerId, period, amount: 100_000, split: 'even' as const })),
  );
  return s;
}

const data = portalOf(
  [owner('ann', ['east']), owner('bob', ['east']), owner('max', ['east'])],
  [
    closedDeal('ann', 'won', 130_000, '2026-02-15'),
    closedDeal('ann', 'lost', 10_000, '2026-03-01'),
    closedDeal('ann', 'won', 90_000, '2026-05-10'),
    closedDeal('ann', 'won', 30_000, '2026-06-01'),
    closedDeal('ann', 'lost', 5_000, '2026-04-20'),
    closedDeal('ann', 'lost', 5_000, '2026-06-20'),
    closedDeal('bob', 'won', 20_000, '2026-02-01'),
    closedDeal('bob', 'lost', 8_000, '2026-02-02'),
    closedDeal('bob', 'lost', 8_000, '2026-03-02'),
    closedDeal('bob', 'lost', 8_000, '2026-03-03'),
    closedDeal('bob', 'lost', 8_000, '2026-03-04'),
    closedDeal('bob', 'won', 20_000, '2026-05-01'),
    closedDeal('bob', 'lost', 8_000, '2026-05-02'),
    closedDeal('bob', 'lost', 8_000, '2026-05-03'),
    closedDeal('bob', 'lost', 8_000, '2026-05-04'),
    closedDeal('bob', 'lost', 8_000, '2026-05-05'),
  ],
);

function evaluate(overrides: Partial<EvaluateScorecardInput> = {}): ScorecardResult {
  const result = evaluateScorecard({
    data,
    index: buildPortalIndex(data),
    settings: settings(),
    ownerId: 'ann',
    period: Q2_2026,
    now: at('2026-07-15'),
    manualScores: [],
    frozenForecasts: [],
    ...overrides,
  });
  if (!result.ok) throw new Error(result.error);
  return scorecardResultSchema.parse(result.value);
}

describe('evaluateScorecard (kpi-spec §6)', () => {
  it("weighs Ann's 2026-Q2: 120% attainment and a 50% win rate, collection re-spread", () => {
    const card = evaluate();
    expect(card.owner).toBe('ann');
    expect(card.role).toBe('rep');
    expect(card.period).toBe('2026-Q2');
    const [attainment, winRate, collection] = card.kpis;
    expect(attainment).toMatchObject({ id: 'revenue_attainment', status: 'ok', target: 1, weight: 62.5, configuredWeight: 50, complete: true, reason: null });
    expect(attainment?.actual).toBeCloseTo(1.2);
    expect(attainment?.score).toBeCloseTo(120);
    expect(winRate).toMatchObject({ id: 'win_rate', status: 'ok', actual: 0.5, target: 0.5, score: 100, weight: 37.5 });
    expect(collection).toMatchObject({ id: 'collection_rate', status: 'not_configured', actual: null, score: null, weight: 0 });
    expect(collection?.reason).toEqual(expect.any(String));
    // exact re-spread of 50 / 30 over 80 points: 62.5 × 120 / 100 + 37.5 × 100 / 100 = 75 + 37.5
    expect(card.total).toBeCloseTo(112.5, 10);
    expect(card.provisional).toBe(false);
    expect(card.grade).toBe('A');
  });

  it('grades the four previous quarters oldest first, and flags two A quarters in a row', () => {
    const card = evaluate();
    expect(card.history.map((h) => [h.period, h.grade])).toEqual([
      ['2025-Q2', null],
      ['2025-Q3', null],
      ['2025-Q4', null],
      ['2026-Q1', 'A'],
    ]);
    // Q1: 130% attainment (130) and 1 of 2 won (100): 62.5 × 1.3 + 37.5 = 118.75
    expect(card.history[3]?.total).toBeCloseTo(118.75, 10);
    expect(card.flags).toEqual(['promotion_candidate']);
  });

  it('puts Bob on an improvement plan after two quarters graded D', () => {
    const card = evaluate({ ownerId: 'bob' });
    // 20% attainment (20) and 1 of 5 won (40 against 50%): 62.5 × 0.2 + 37.5 × 0.4 = 27.5
    expect(card.total).toBeCloseTo(27.5, 10);
    expect(card.grade).toBe('D');
    expect(card.history.at(-1)?.grade).toBe('D');
    expect(card.flags).toEqual(['improvement_plan']);
  });

  it('grades enough earlier quarters for the flags even when no history is asked for', () => {
    const card = evaluate({ history: 0 });
    expect(card.history).toEqual([]);
    expect(card.flags).toEqual(['promotion_candidate']);
    const three = { ...settings(), flags: { promotionAfterQuarters: 3, improvementPlanAfterQuarters: 2 } };
    expect(evaluate({ settings: three, history: 1 }).flags).toEqual([]);
  });

  it('gives no flags for a month, and a month history of months', () => {
    const card = evaluate({ period: { kind: 'month', year: 2026, index: 5 }, history: 2 });
    expect(card.history.map((h) => h.period)).toEqual(['2026-03', '2026-04']);
    expect(card.flags).toEqual([]);
  });

  it('has no total and no grade when nothing can be scored', () => {
    const card = evaluate({ period: { kind: 'quarter', year: 2025, index: 3 }, history: 0 });
    expect(card.total).toBeNull();
    expect(card.grade).toBeNull();
    expect(card.kpis.every((k) => k.weight === 0 && k.reason !== null)).toBe(true);
  });

  it('uses the manager template over the team for a manager named in the settings', () => {
    const s = settings();
    s.teams = [{ teamId: 'east', managerOwnerIds: ['max'] }];
    s.quotas.push({ teamId: 'east', period: '2026-Q2', amount: 150_000, split: 'even' });
    s.roles.manager.kpis = s.roles.manager.kpis.map((e) => (e.kpi === 'revenue_per_rep' ? { ...e, target: 40_000 } : e));
    const card = evaluate({ ownerId: 'max', settings: s, history: 0 });
    expect(card.role).toBe('manager');
    expect(card.kpis.map((k) => k.id)).toEqual(s.roles.manager.kpis.map((e) => e.kpi));
    const byId = new Map(card.kpis.map((k) => [k.id, k]));
    // east won 120,000 (Ann) + 20,000 (Bob) in Q2 against the team's 150,000
    expect(byId.get('team_attainment')?.actual).toBeCloseTo(140_000 / 150_000);
    // 140,000 over three active reps against 40,000 a rep
    expect(byId.get('revenue_per_rep')?.actual).toBeCloseTo(140_000 / 3);
    expect(byId.get('revenue_per_rep')?.score).toBeCloseTo(116.67, 1);
    const scored = card.kpis.filter((k) => k.score !== null);
    expect(scored.length).toBeGreaterThanOrEqual(2);
    expect(card.kpis.reduce((sum, k) => sum + k.weight, 0)).toBe(100);
    expect(card.total).toBeCloseTo(scored.reduce((sum, k) => sum + (k.weight * (k.score ?? 0)) / 100, 0));
  });

  it('lets the caller choose the role', () => {
    expect(evaluate({ role: 'director' }).role).toBe('director');
  });

  it('refuses an owner the portal does not have', () => {
    const result = evaluateScorecard({
      data,
      index: buildPortalIndex(data),
      settings: settings(),
      ownerId: 'zoe',
      period: Q2_2026,
      now: at('2026-07-15'),
      manualScores: null,
      frozenForecasts: null,
    });
    expect(result).toEqual({ ok: false, error: 'owner zoe is not an owner of this portal' });
  });
});
