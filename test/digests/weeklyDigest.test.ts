import { weeklyDigest } from '../../src/digests/weeklyDigest';
import { lastWholeWeek } from '../../src/digests/reportWeek';
import { weeklyDigestText } from '../../src/handlers/digestTaskText';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { at, deal, owner, portal } from '../kpi/fixtures';

// Monday 30 November 2026, 08:00 UTC: the digest reports on 2026-W48, 23–29 November.
const NOW = at('2026-11-30T08:00:00Z');
const week = lastWholeWeek(NOW, 'UTC');
const east = { id: 't-east', name: 'East', memberOwnerIds: ['ann', 'bob'] };
const base = defaultSettings();
const settings: Settings = { ...base, funnel: { ...base.funnel, stalledMinWonDeals: 1 } };
const lead = (day: string) => ({ 'sales-lead': at(day) });

const data = portal({
  owners: [owner('ann', { name: 'Ann' }), owner('bob', { name: 'Bob' }), owner('cy', { name: 'Cy' })],
  teams: [east],
  deals: [
    deal({ ownerId: 'ann', amount: 10_000, createdAt: at('2026-11-24'), stageEnteredAt: lead('2026-11-24') }),
    deal({ ownerId: 'bob', amount: null, createdAt: at('2026-11-25'), stageEnteredAt: lead('2026-11-25') }),
    deal({ ownerId: 'ann', amount: 5_000, createdAt: at('2026-11-17'), stageEnteredAt: lead('2026-11-22') }),
    deal({ ownerId: 'cy', amount: 99_000, createdAt: at('2026-11-24') }),
    deal({ ownerId: 'ann', outcome: 'won', amount: 7_000, closedAt: at('2026-11-26') }),
    deal({ ownerId: 'bob', outcome: 'won', amount: 3_000, closedAt: at('2026-11-18') }),
    // The stalled line of "lead": the one won deal sat there 10 days.
    deal({ ownerId: 'bob', outcome: 'won', amount: 1_000, closedAt: at('2026-06-11'), stageEnteredAt: { 'sales-lead': at('2026-06-01'), 'sales-won': at('2026-06-11') } }),
    // Crossed the line on 25 November (stalled this week); the other crossed it on 11 November.
    deal({ ownerId: 'ann', name: 'Acme renewal', amount: 2_000, stageEnteredAt: lead('2026-11-15') }),
    deal({ ownerId: 'bob', name: 'Old lead', amount: 2_000, stageEnteredAt: lead('2026-11-01') }),
  ],
});
const scores = [
  { ownerId: 'ann', key: 'csat', enteredAt: at('2026-11-26') },
  { ownerId: 'bob', key: 'csat', enteredAt: at('2026-11-27') },
  { ownerId: 'bob', key: 'review_360', enteredAt: at('2026-11-20') },
  { ownerId: 'cy', key: 'csat', enteredAt: at('2026-11-26') },
];
const digest = weeklyDigest({ data, settings, timeZone: 'UTC', week, manager: { ownerId: 'm', name: 'Mia' }, teams: [east], scores });

describe('weeklyDigest', () => {
  it('reports the last whole week of the manager’s teams against the week before', () => {
    expect(digest.week).toBe('2026-W48');
    expect(digest.created).toEqual({ week: { count: 2, amount: 10_000, amountUnknown: 1 }, previous: { count: 1, amount: 5_000, amountUnknown: 0 } });
    expect(digest.won).toEqual({ week: { count: 1, amount: 7_000, amountUnknown: 0 }, previous: { count: 1, amount: 3_000, amountUnknown: 0 } });
  });

  it('lists the deals that crossed their stalled line during the week, and the scores entered in it', () => {
    expect(digest.stalled).toEqual([{ dealId: expect.any(String), name: 'Acme renewal', ownerName: 'Ann', stageLabel: 'sales-lead', days: 14.5, lineDays: 10 }]);
    expect(digest.scores).toEqual([{ key: 'csat', count: 2 }]);
  });

  it('reads as a task in English, saying what has no amount', () => {
    const text = weeklyDigestText(digest, { language: 'en', currency: 'USD', timeZone: 'UTC' });
    expect(text.subject).toBe('Weekly sales progress 2026-W48: East');
    expect(text.body.split('\n')).toEqual([
      'Week 2026-W48 (2026-11-23 to 2026-11-29), teams: East',
      'Pipeline created: 2 deals, $10,000 (1 without an amount, not counted in it); the week before: 1 deals, $5,000',
      'Won: 1 deals, $7,000; the week before: 1 deals, $3,000',
      'Stage conversion: no stage pair moved by 5 points or more.',
      'Newly stalled deals (1): longer in their stage than most won deals were',
      '- Acme renewal (Ann), sales-lead: 14 days, the line is 10',
      'Scores entered: csat 2',
    ]);
  });

  it('reads as a task in Chinese', () => {
    const text = weeklyDigestText(digest, { language: 'zh', currency: 'CNY', timeZone: 'UTC' });
    expect(text.subject).toBe('每周销售进展报告 2026-W48：East');
    expect(text.body.split('\n')).toEqual([
      '2026-W48 周（2026-11-23 至 2026-11-29），团队：East',
      '新增商机：2 个商机，¥10,000（其中 1 个没有金额，未计入）；上周：1 个商机，¥5,000',
      '成交：1 个商机，¥7,000；上周：1 个商机，¥3,000',
      '阶段转化率：没有阶段变化达到 5 个百分点。',
      '本周新停滞的商机（1）：在当前阶段停留的时间超过多数成交商机',
      '- Acme renewal（Ann），sales-lead：14 天，停滞线 10 天',
      '录入的评分：csat 2',
    ]);
  });

  it('reports a stage pair whose trailing-quarter conversion moved by 5 points or more', () => {
    const qualified = { 'sales-lead': at('2026-10-01'), 'sales-qualified': at('2026-10-05') };
    const moved = portal({
      owners: [owner('ann')],
      teams: [east],
      deals: [
        deal({ ownerId: 'ann', stageId: 'sales-qualified', stageEnteredAt: qualified }),
        deal({ ownerId: 'ann', stageId: 'sales-qualified', stageEnteredAt: qualified }),
        deal({ ownerId: 'ann', outcome: 'lost', closedAt: at('2026-10-02'), stageEnteredAt: { 'sales-lead': at('2026-10-01'), 'sales-lost': at('2026-10-02') } }),
        deal({ ownerId: 'ann', outcome: 'lost', closedAt: at('2026-10-02'), stageEnteredAt: { 'sales-lead': at('2026-10-01'), 'sales-lost': at('2026-10-02') } }),
        deal({ ownerId: 'ann', outcome: 'lost', closedAt: at('2026-11-25'), stageEnteredAt: { 'sales-lead': at('2026-11-24'), 'sales-lost': at('2026-11-25') } }),
      ],
    });
    const d = weeklyDigest({ data: moved, settings: base, timeZone: 'UTC', week, manager: { ownerId: 'm', name: 'Mia' }, teams: [east], scores: [] });
    expect(d.conversion).toEqual([{ pipelineLabel: 'sales', fromLabel: 'sales-lead', toLabel: 'sales-qualified', rate: 0.4, previousRate: 0.5, n: 5 }]);
    expect(weeklyDigestText(d, { language: 'en', currency: 'USD', timeZone: 'UTC' }).body).toContain('- sales: sales-lead → sales-qualified 40.0%, was 50.0% (n = 5)');
  });
});
