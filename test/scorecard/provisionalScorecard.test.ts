import fc from 'fast-check';
import type { Deal } from '../../src/domain/portal';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { evaluateScorecard } from '../../src/scorecard/evaluateScorecard';
import { scorecardResultSchema, type ScorecardResult } from '../../src/scorecard/scorecardResult';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { at, closedDeal, owner, portalOf } from './portalFixture';

const Q2_2026 = { kind: 'quarter', year: 2026, index: 2 } as const;

function settings(): Settings {
  const s = defaultSettings();
  const linear = { type: 'linear', floor: 0, cap: 1.5 } as const;
  s.roles.rep.kpis = [
    { kpi: 'revenue_attainment', weight: 50, target: 1, scoring: linear },
    { kpi: 'win_rate', weight: 30, target: 0.5, scoring: linear },
    { kpi: 'avg_deal_size', weight: 20, target: 50_000, scoring: linear },
  ];
  s.quotas = ['ann', 'bob'].flatMap((ownerId) => ['2026-Q1', '2026-Q2'].map((period) => ({ ownerId, period, amount: 100_000, split: 'even' as const })));
  return s;
}

/** Ann: graded A in 2026-Q1 and Q2 (a promotion candidate); Bob: D in both (an improvement plan). */
const base: Deal[] = [
  closedDeal('ann', 'won', 130_000, '2026-02-15'),
  closedDeal('ann', 'lost', 10_000, '2026-03-01'),
  closedDeal('ann', 'won', 90_000, '2026-05-10'),
  closedDeal('ann', 'won', 30_000, '2026-06-01'),
  closedDeal('ann', 'lost', 5_000, '2026-04-20'),
  closedDeal('bob', 'won', 10_000, '2026-02-01'),
  closedDeal('bob', 'lost', 8_000, '2026-02-02'),
  closedDeal('bob', 'lost', 8_000, '2026-03-02'),
  closedDeal('bob', 'won', 10_000, '2026-05-01'),
  closedDeal('bob', 'lost', 8_000, '2026-05-02'),
  closedDeal('bob', 'lost', 8_000, '2026-05-03'),
];

/** A won deal of the owner in 2026-Q2 whose amount says "abc": HubSpot's text, parsed as unknown. */
function unreadableAmount(ownerId: string, name = 'Acme renewal'): Deal {
  const d = closedDeal(ownerId, 'won', 0, '2026-05-20');
  return { ...d, name, amount: null, issues: [{ object: 'deal', id: d.id, field: 'amount', value: 'abc', reason: '"abc" is not a number' }] };
}

function card(ownerId: string, extra: Deal[]): ScorecardResult {
  const data = portalOf([owner('ann', ['east']), owner('bob', ['east'])], [...base, ...extra]);
  const result = evaluateScorecard({ data, index: buildPortalIndex(data), settings: settings(), ownerId, period: Q2_2026, now: at('2026-07-15'), manualScores: [], frozenForecasts: [] });
  if (!result.ok) throw new Error(result.error);
  return scorecardResultSchema.parse(result.value);
}

describe('a scorecard on data problems (kpi-spec §2, §6)', () => {
  it('grades a clean quarter as before: complete, not provisional, flags raised', () => {
    const ann = card('ann', []);
    expect([ann.grade, ann.complete, ann.provisional, ann.flags, ann.dataIssues]).toEqual(['A', true, false, ['promotion_candidate'], []]);
    expect(card('bob', []).flags).toEqual(['improvement_plan']);
  });

  it('computes revenue over the readable deals, names the unreadable one, and raises no flag on the provisional total', () => {
    const bad = unreadableAmount('ann');
    const ann = card('ann', [bad]);
    const attainment = ann.kpis.find((k) => k.id === 'revenue_attainment');
    expect(attainment?.actual).toBeCloseTo(1.2, 10);
    expect(attainment?.complete).toBe(false);
    expect(attainment?.dataIssues).toEqual([expect.objectContaining({ recordId: bad.id, field: 'amount', kind: 'amount_not_a_number', recordName: 'Acme renewal' })]);
    // win rate counts deals, not amounts: the unreadable amount does not touch it
    expect(ann.kpis.find((k) => k.id === 'win_rate')?.complete).toBe(true);
    expect(ann.kpis.find((k) => k.id === 'win_rate')?.actual).toBeCloseTo(3 / 4, 10);
    expect([ann.complete, ann.provisional, ann.flags, ann.withheldFlags]).toEqual([false, true, [], ['promotion_candidate']]);
    expect(ann.dataIssues.map((p) => [p.recordId, p.field, p.problem])).toEqual([[bad.id, 'amount', 'has an amount that is not a number ("abc" is not a number)']]);
  });

  it('puts nobody on an improvement plan on a provisional total', () => {
    const bob = card('bob', [unreadableAmount('bob')]);
    expect(bob.grade).toBe('D');
    expect([bob.provisional, bob.flags, bob.withheldFlags]).toEqual([true, [], ['improvement_plan']]);
  });

  it('treats a won deal with no amount, a negative amount and a missing close date as data problems', () => {
    const noAmount = { ...closedDeal('ann', 'won', 0, '2026-05-21'), amount: null };
    const negative = closedDeal('ann', 'won', -40_000, '2026-05-22');
    const noClose = { ...closedDeal('ann', 'won', 50_000, '2026-05-23'), closedAt: null };
    const ann = card('ann', [noAmount, negative, noClose]);
    const kinds = ann.dataIssues.map((p) => [p.recordId, p.kind]);
    expect(kinds).toEqual(expect.arrayContaining([[noAmount.id, 'amount_missing'], [negative.id, 'amount_negative'], [noClose.id, 'closedate_missing']]));
    // the negative amount does not count as revenue
    expect(ann.kpis.find((k) => k.id === 'revenue_attainment')?.actual).toBeCloseTo(1.2, 10);
    expect(ann.provisional).toBe(true);
  });

  it('does not name a deal of another quarter on this one', () => {
    const q1 = { ...closedDeal('ann', 'won', 0, '2026-02-20'), amount: null };
    const ann = card('ann', [q1]);
    expect([ann.complete, ann.provisional, ann.flags]).toEqual([true, false, []]);
    expect(ann.history.at(-1)).toMatchObject({ period: '2026-Q1', provisional: true });
    // the Q1 grade is provisional, so it breaks the run of A grades
    expect(ann.withheldFlags).toEqual(['promotion_candidate']);
  });

  it('never raises a flag on a provisional total, whatever the problems', () => {
    const problem = fc.constantFrom<(ownerId: string) => Deal>(
      (o) => unreadableAmount(o),
      (o) => ({ ...closedDeal(o, 'won', 0, '2026-05-21'), amount: null }),
      (o) => closedDeal(o, 'won', -5_000, '2026-04-02'),
      (o) => ({ ...closedDeal(o, 'won', 10_000, '2026-06-02'), closedAt: null }),
      (o) => ({ ...closedDeal(o, 'lost', 10_000, '2026-05-02'), createdAt: at('2026-06-20') }),
    );
    fc.assert(
      fc.property(fc.constantFrom('ann', 'bob'), fc.array(problem, { minLength: 1, maxLength: 4 }), (ownerId, makers) => {
        const result = card(ownerId, makers.map((make) => make(ownerId)));
        expect(result.provisional).toBe(true);
        expect(result.flags).toEqual([]);
        expect(result.dataIssues.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});
