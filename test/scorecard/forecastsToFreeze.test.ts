import fc from 'fast-check';
import type { ForecastSubmission } from '../../src/domain/toForecastSubmission';
import { forecastsToFreeze, type FreezeInput } from '../../src/scorecard/forecastsToFreeze';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { annAndBob } from '../kpi/annAndBob';
import { MAPPED, Q2_2026, at } from '../kpi/fixtures';

const Q2_OPENS = Date.parse('2026-04-01T07:00:00Z');

function input(settings: Partial<Settings> = {}, now = Q2_OPENS, submissions: ForecastSubmission[] = []): FreezeInput {
  const data = annAndBob();
  return { data, index: buildPortalIndex(data), settings: { ...defaultSettings(), ...settings }, period: Q2_2026, now, submissions };
}

const amounts = (i: FreezeInput) => forecastsToFreeze(i).forecasts.map((f) => [f.subjectKind, f.subjectId, f.amount]);

describe('forecastsToFreeze (what the schedule freezes at period start)', () => {
  it('freezes the weighted pipeline closing in Q2 for Ann, Bob, team North and the department, stamped now', () => {
    // Ann: open 40,000 × 60% + 20,000 × 10% = 26,000, plus 60,000 already won with close date in Q2.
    // Bob: nothing open, 30,000 won. North and the department: 86,000 + 30,000.
    const outcome = forecastsToFreeze(input());
    expect(outcome.forecasts.map((f) => [f.subjectKind, f.subjectId, f.amount])).toEqual([
      ['owner', 'ann', 86_000],
      ['owner', 'bob', 30_000],
      ['team', 't1', 116_000],
      ['portal', 'portal', 116_000],
    ]);
    expect(outcome.forecasts.every((f) => f.period === '2026-Q2' && f.frozenAt === Q2_OPENS && f.source === 'weighted_pipeline')).toBe(true);
  });

  it('freezes the mapped property summed over the deals closing in Q2 (Ann 57,000; deals without it add nothing)', () => {
    const got = amounts(input({ forecastSource: 'mapped_property', propertyMapping: MAPPED }));
    expect(got[0]).toEqual(['owner', 'ann', 57_000]);
    expect(forecastsToFreeze(input({ forecastSource: 'mapped_property' })).skipped[0]).toEqual({ subject: 'owner ann', reason: 'the forecast property is not mapped in the settings' });
  });

  it('freezes nothing outside the period: before it opens, or once it has closed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: at('2020-01-01'), max: Date.parse('2026-04-01T00:00:00Z') - 1 }), fc.integer({ min: Date.parse('2026-07-01T00:00:00Z'), max: at('2030-01-01') })), (now) => {
        expect(forecastsToFreeze(input({}, now)).forecasts).toEqual([]);
      }),
    );
  });

  it('freezes only at the start of the period: 4 April (3% into Q2) still, 10 April no longer', () => {
    expect(forecastsToFreeze(input({}, Date.parse('2026-04-04T07:00:00Z'))).forecasts).toHaveLength(4);
    expect(forecastsToFreeze(input({}, Date.parse('2026-04-10T07:00:00Z')))).toEqual({
      forecasts: [],
      skipped: [{ subject: 'every subject', reason: '2026-Q2 began too long ago for a forecast taken now to count as one made at its start; an admin can enter that one' }],
    });
  });

  it('takes HubSpot’s submissions in force: each rep’s latest before now, the team’s own or its members’ sum', () => {
    const sub = (id: string, who: Partial<ForecastSubmission>, amount: number, submittedAt: string, startsAt = '2026-04-01T00:00:00Z'): ForecastSubmission => ({
      id, ownerId: null, teamId: null, kind: 'quarter', amount, startsAt: Date.parse(startsAt), submittedAt: Date.parse(submittedAt), ...who,
    });
    const submissions = [
      sub('1', { ownerId: 'ann' }, 70_000, '2026-03-20T10:00:00Z'),
      sub('2', { ownerId: 'ann' }, 75_000, '2026-03-28T10:00:00Z'),
      sub('3', { ownerId: 'ann' }, 99_000, '2026-04-20T10:00:00Z'),
      sub('4', { ownerId: 'bob' }, 40_000, '2026-03-30T10:00:00Z'),
      sub('5', { ownerId: 'bob' }, 5_000, '2026-03-30T10:00:00Z', '2026-01-01T00:00:00Z'),
    ];
    const outcome = forecastsToFreeze(input({ forecastSource: 'hubspot_forecasts' }, Q2_OPENS, submissions));
    expect(outcome.forecasts).toEqual([
      { subjectKind: 'owner', subjectId: 'ann', period: '2026-Q2', amount: 75_000, frozenAt: Date.parse('2026-03-28T10:00:00Z'), source: 'hubspot_forecasts' },
      { subjectKind: 'owner', subjectId: 'bob', period: '2026-Q2', amount: 40_000, frozenAt: Date.parse('2026-03-30T10:00:00Z'), source: 'hubspot_forecasts' },
      { subjectKind: 'team', subjectId: 't1', period: '2026-Q2', amount: 115_000, frozenAt: Date.parse('2026-03-30T10:00:00Z'), source: 'hubspot_forecasts' },
      { subjectKind: 'portal', subjectId: 'portal', period: '2026-Q2', amount: 115_000, frozenAt: Date.parse('2026-03-30T10:00:00Z'), source: 'hubspot_forecasts' },
    ]);
    const teamOwn = forecastsToFreeze(input({ forecastSource: 'hubspot_forecasts' }, Q2_OPENS, [...submissions, sub('6', { teamId: 't1' }, 130_000, '2026-03-31T10:00:00Z')]));
    expect(teamOwn.forecasts.find((f) => f.subjectKind === 'team')?.amount).toBe(130_000);
  });

  it('leaves a subject without a submission unfrozen, and says so, rather than freezing 0', () => {
    const outcome = forecastsToFreeze(input({ forecastSource: 'hubspot_forecasts' }));
    expect(outcome.forecasts).toEqual([]);
    expect(outcome.skipped.map((s) => s.subject)).toEqual(['owner ann', 'owner bob', 'team t1', 'portal portal']);
    expect(outcome.skipped[0]?.reason).toBe('no forecast submitted in HubSpot for 2026-Q2');
  });
});
