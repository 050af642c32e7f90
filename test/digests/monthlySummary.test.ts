import { monthlySummary } from '../../src/digests/monthlySummary';
import { monthlySummaryText } from '../../src/handlers/digestTaskText';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { evaluateScorecard } from '../../src/scorecard/evaluateScorecard';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { at, deal, owner, portal } from '../kpi/fixtures';

// November 2026 for team East: Ann won 30,000 against a 40,000 quota, Bob 10,000 against 10,000;
// Mia manages the team (she answers for its line, so she is no member row).
const east = { id: 't-east', name: 'East', memberOwnerIds: ['ann', 'bob', 'mia'] };
const base = defaultSettings();
const settings: Settings = {
  ...base,
  teams: [{ teamId: 't-east', managerOwnerIds: ['mia'] }],
  quotas: [
    { ownerId: 'ann', period: '2026-11', amount: 40_000, split: 'even' },
    { ownerId: 'bob', period: '2026-11', amount: 10_000, split: 'even' },
    { teamId: 't-east', period: '2026-11', amount: 50_000, split: 'even' },
  ],
};
const data = portal({
  owners: [owner('ann', { name: 'Ann', teamIds: ['t-east'] }), owner('bob', { name: 'Bob', teamIds: ['t-east'] }), owner('mia', { name: 'Mia', teamIds: ['t-east'] })],
  teams: [east],
  deals: [
    deal({ ownerId: 'ann', outcome: 'won', amount: 30_000, createdAt: at('2026-11-02'), closedAt: at('2026-11-20') }),
    deal({ ownerId: 'bob', outcome: 'won', amount: 10_000, createdAt: at('2026-10-02'), closedAt: at('2026-11-21') }),
    deal({ ownerId: 'bob', amount: null, createdAt: at('2026-11-05') }),
    deal({ ownerId: 'ann', outcome: 'won', amount: 5_000, closedAt: at('2026-12-01') }),
  ],
});
const calendar = { timeZone: 'UTC', fiscalYearStartMonth: 1 };
const summary = monthlySummary({ data, index: buildPortalIndex(data), settings, calendar, month: { kind: 'month', year: 2026, index: 11 }, now: at('2026-12-01T08:00:00Z'), team: east, manualScores: [], frozenForecasts: [] });

describe('monthlySummary', () => {
  it('totals the team’s month and gives each member (not the manager) their won amount and attainment', () => {
    expect(summary.month).toBe('2026-11');
    expect(summary.won).toEqual({ count: 2, amount: 40_000, amountUnknown: 0 });
    expect(summary.created).toEqual({ count: 2, amount: 30_000, amountUnknown: 1 });
    expect(summary.attainment).toMatchObject({ status: 'ok', actual: 0.8 });
    expect(summary.members.map((m) => [m.name, m.won, m.attainment.actual])).toEqual([
      ['Ann', 30_000, 0.75],
      ['Bob', 10_000, 1],
    ]);
  });

  it('gives each member the total and grade their own scorecard shows for the month', () => {
    for (const m of summary.members) {
      const card = evaluateScorecard({ data, index: buildPortalIndex(data), settings, ownerId: m.ownerId, period: { kind: 'month', year: 2026, index: 11 }, now: at('2026-12-01T08:00:00Z'), manualScores: [], frozenForecasts: [], history: 0 });
      if (!card.ok) throw new Error(card.error);
      expect([m.total, m.grade]).toEqual([card.value.total, card.value.grade]);
    }
    expect(summary.members.find((m) => m.name === 'Ann')?.total).not.toBeNull();
  });

  it('reads in both languages', () => {
    const en = monthlySummaryText(summary, { language: 'en', currency: 'USD', timeZone: 'UTC' });
    expect(en.subject).toBe('Monthly performance summary 2026-11: East');
    expect(en.body.split('\n').slice(0, 5)).toEqual([
      'Month 2026-11, team East',
      'Won: 2 deals, $40,000',
      'Pipeline created: 2 deals, $30,000 (1 without an amount, not counted in it)',
      'Team attainment: 80.0%',
      'Members: won, attainment, total, grade, flags',
    ]);
    expect(en.body).toContain('- Ann: $30,000, 75.0%, total ');
    const zh = monthlySummaryText(summary, { language: 'zh', currency: 'CNY', timeZone: 'UTC' });
    expect(zh.subject).toBe('每月业绩总结 2026-11：East');
    expect(zh.body.split('\n').slice(0, 4)).toEqual(['2026-11 月，团队 East', '成交：2 个商机，¥40,000', '新增商机：2 个商机，¥30,000（其中 1 个没有金额，未计入）', '团队目标达成率：80.0%']);
    expect(zh.body).toContain('- Bob：¥10,000，100.0%，总分 ');
  });
});
