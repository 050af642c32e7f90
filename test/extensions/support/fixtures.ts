import type { DealKpisOutput } from '../../../src/handlers/contracts/dealKpis';
import { dealKpisOutputSchema } from '../../../src/handlers/contracts/dealKpis';
import type { FunnelHealthOutput } from '../../../src/handlers/contracts/funnelHealth';
import { funnelHealthOutputSchema } from '../../../src/handlers/contracts/funnelHealth';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import { ownerScorecardOutputSchema } from '../../../src/handlers/contracts/ownerScorecard';
import { scanAlertsOutputSchema } from '../../../src/handlers/contracts/scanAlerts';
import type { SettingsContextDto, SettingsVersionDto } from '../../../src/handlers/contracts/settings';
import { settingsContextSchema, settingsHistorySchema, settingsVersionSchema } from '../../../src/handlers/contracts/settings';
import { defaultSettings } from '../../../src/settings/defaultSettings';
import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import { kpiDetailsOutputSchema } from '../../../src/handlers/contracts/kpiDetails';
import type { ManualScoreSheetOutput } from '../../../src/handlers/contracts/manualScores';
import { importManualScoresOutputSchema, manualScoreSheetOutputSchema } from '../../../src/handlers/contracts/manualScores';
import type { TeamScorecardsOutput } from '../../../src/handlers/contracts/teamScorecards';
import { teamScorecardsOutputSchema } from '../../../src/handlers/contracts/teamScorecards';

/**
 * Realistic DTOs, parsed with the handler contracts so they stay true when a contract changes.
 * The numbers are worked by hand so the assertions read like what a sales manager checks.
 */

/**
 * Li Wei's Shanghai Metro deal, ¥200,000 in Proposal for 41 days (won deals leave Proposal
 * within 30): 780,000 won of a 1,200,000 quarter → 65%; closing it → 980,000 → 81.7%.
 * Commission 5% below 120%: 39,000 now, 49,000 after, so the deal adds 10,000.
 */
/** The instant the fixtures' data was read: 10:42 UTC on the fixtures' day. */
export const FIXTURE_DATA_AS_OF = '2026-08-14T10:42:00.000Z';

export const dealFixture: DealKpisOutput = dealKpisOutputSchema.parse({
  currency: 'CNY',
  dataAsOf: FIXTURE_DATA_AS_OF,
  deal: {
    id: '7001',
    name: 'Shanghai Metro – CRM rollout',
    amount: 200000,
    pipelineId: 'default',
    pipelineLabel: 'Sales pipeline',
    stageId: 'proposal',
    stageLabel: 'Proposal',
    outcome: 'open',
  },
  health: { daysInStage: 41, stalledLineDays: 30, stalled: true, winChance: { rate: 0.42, n: 57, ci: [0.3, 0.55] } },
  owner: { id: '101', name: 'Li Wei' },
  impact: {
    period: '2026-Q3',
    quota: 1200000,
    wonSoFar: 780000,
    attainmentNow: 0.65,
    attainmentAfter: 980000 / 1200000,
    commission: { now: 39000, after: 49000, added: 10000 },
    reason: null,
  },
});

/**
 * Li Wei's rep scorecard for 2026-Q3. Collection rate is not configured (回款额 unmapped), so
 * its 15 points are re-spread: 40/15/15/5/10 over 85 → 47/18/17/6/12. Total
 * (47×65 + 18×80 + 17×124 + 6×30 + 12×107.5) / 100 = 80.73 → grade C.
 */
export const scorecardFixture: OwnerScorecardOutput = ownerScorecardOutputSchema.parse({
  currency: 'CNY',
  dataAsOf: FIXTURE_DATA_AS_OF,
  owner: { id: '101', name: 'Li Wei' },
  role: 'rep',
  period: '2026-Q3',
  kpis: [
    { id: 'revenue_attainment', configuredWeight: 40, complete: true, dataIssues: [], worstPair: null, forecast: null, pace: null, status: 'ok', actual: 0.65, target: 1, score: 65, weight: (40 * 100) / 85, reason: null },
    { id: 'new_business_share', configuredWeight: 15, complete: true, dataIssues: [], worstPair: null, forecast: null, pace: null, status: 'ok', actual: 0.24, target: 0.3, score: 80, weight: (15 * 100) / 85, reason: null },
    { id: 'win_rate', configuredWeight: 15, complete: true, dataIssues: [], worstPair: null, forecast: null, pace: null, status: 'ok', actual: 0.31, target: 0.25, score: 124, weight: (15 * 100) / 85, reason: null },
    {
      id: 'collection_rate',
      configuredWeight: 15,
      complete: true,
      dataIssues: [],
      worstPair: null, forecast: null,
      pace: null,
      status: 'not_configured',
      actual: null,
      target: 0.95,
      score: null,
      weight: 0,
      reason: 'Map the collected-amount (回款额) deal property in settings',
    },
    { id: 'activity_count', configuredWeight: 5, complete: true, dataIssues: [], worstPair: null, forecast: null, pace: null, status: 'ok', actual: 27, target: 90, score: 30, weight: (5 * 100) / 85, reason: null },
    { id: 'manual:csat', configuredWeight: 10, complete: true, dataIssues: [], worstPair: null, forecast: null, pace: null, status: 'ok', actual: 86, target: 80, score: 107.5, weight: (10 * 100) / 85, reason: null },
  ],
  total: 80.73,
  grade: 'C',
  elapsedShare: 1,
  history: [
    { period: '2025-Q4', total: 92.1, grade: 'B', provisional: false },
    { period: '2026-Q1', total: 85.3, grade: 'C', provisional: false },
    { period: '2026-Q2', total: null, grade: null, provisional: false },
  ],
  flags: [],
  complete: true,
  provisional: false,
  withheldFlags: [],
  dataIssues: [],
  eligible: true,
  periods: ['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4'],
});

const pair = (from: [string, string], to: [string, string], entered: number, converted: number, threshold: number, severity: string, ci: [number, number]) => ({
  from: from[0],
  fromLabel: from[1],
  to: to[0],
  toLabel: to[1],
  entered,
  converted,
  rate: entered === 0 ? null : converted / entered,
  ci,
  threshold,
  severity,
});
const LEAD: [string, string] = ['lead', 'Lead'];
const QUALIFIED: [string, string] = ['qualified', 'Qualified'];
const PROPOSAL: [string, string] = ['proposal', 'Proposal'];
const WON: [string, string] = ['won', 'Closed won'];

/**
 * East China's Q3 funnel: 30 of 120 leads qualified (25%, under the 30% line with n ≥ 20 →
 * warning); Zhang Min converted 3 of 23 (13%, interval 5%–28%: even the upper bound is under 30% →
 * critical), the manager already has task 9001 for it. The portal lives in HubSpot's EU data centre.
 */
export const funnelFixture: FunnelHealthOutput = funnelHealthOutputSchema.parse({
  uiDomain: 'app-eu1.hubspot.com',
  dataAsOf: FIXTURE_DATA_AS_OF,
  pipeline: { id: 'default', label: 'Sales pipeline' },
  pipelines: [
    { id: 'default', label: 'Sales pipeline' },
    { id: 'renewals', label: 'Renewals' },
  ],
  period: '2026-Q3',
  teams: [
    {
      id: 'east',
      name: 'East China',
      pairs: [
        pair(LEAD, QUALIFIED, 120, 30, 0.3, 'warning', [0.18, 0.33]),
        pair(QUALIFIED, PROPOSAL, 30, 18, 0.5, 'ok', [0.42, 0.75]),
        pair(PROPOSAL, WON, 18, 5, 0.4, 'info', [0.12, 0.51]),
      ],
    },
  ],
  reps: [
    { ownerId: '103', name: 'Wang Fang', teamId: 'east', pairs: [pair(LEAD, QUALIFIED, 40, 14, 0.3, 'ok', [0.22, 0.5])], worstGap: null },
    { ownerId: '101', name: 'Li Wei', teamId: 'east', pairs: [pair(LEAD, QUALIFIED, 57, 13, 0.3, 'warning', [0.14, 0.35])], worstGap: 0.3 - 13 / 57 },
    { ownerId: '102', name: 'Zhang Min', teamId: 'east', pairs: [pair(LEAD, QUALIFIED, 23, 3, 0.3, 'critical', [0.05, 0.28])], worstGap: 0.3 - 3 / 23 },
  ],
  alerts: [
    { group: { kind: 'team', id: 'east', name: 'East China' }, pair: pair(LEAD, QUALIFIED, 120, 30, 0.3, 'warning', [0.18, 0.33]), taskId: null },
    { group: { kind: 'owner', id: '102', name: 'Zhang Min' }, pair: pair(LEAD, QUALIFIED, 23, 3, 0.3, 'critical', [0.05, 0.28]), taskId: '9001' },
  ],
  complete: true,
  dataIssues: [],
});

export const scanFixture = scanAlertsOutputSchema.parse({
  uiDomain: 'app-eu1.hubspot.com',
  created: 1,
  updated: 1,
  resolved: 0,
  tasks: [{ id: '9002', subject: 'East China: Lead → Qualified at 25% (threshold 30%)' }],
});

export const settingsContextFixture: SettingsContextDto = settingsContextSchema.parse({
  pipelines: [
    {
      id: 'default',
      label: 'Sales pipeline',
      stages: [
        { id: 'lead', label: 'Lead', outcome: 'open' },
        { id: 'qualified', label: 'Qualified', outcome: 'open' },
        { id: 'proposal', label: 'Proposal', outcome: 'open' },
        { id: 'won', label: 'Closed won', outcome: 'won' },
        { id: 'lost', label: 'Closed lost', outcome: 'lost' },
      ],
    },
  ],
  owners: [
    { id: '101', name: 'Li Wei' },
    { id: '102', name: 'Zhang Min' },
    { id: '201', name: 'Chen Jing' },
  ],
  teams: [{ id: 'east', name: 'East China' }],
  dealProperties: [
    { name: 'amount', label: 'Amount', type: 'number' },
    { name: 'collected_amount', label: 'Collected amount', type: 'number' },
    { name: 'region', label: 'Region', type: 'enumeration' },
  ],
  portalTimeZone: 'Asia/Shanghai',
  goalFamilies: [
    { id: 'g-revenue', name: '2026-Q3 revenue quota 销售额目标', targets: 12 },
    { id: 'g-calls', name: 'Calls made', targets: 12 },
  ],
});

/** Version 7 as stored: the defaults plus Li Wei's 2026 quota and Chen Jing managing East China. */
export function storedSettings(version = 7): SettingsVersionDto {
  const settings = {
    ...defaultSettings(),
    timeZone: 'Asia/Shanghai',
    quotas: [{ ownerId: '101', period: '2026', amount: 4800000, split: 'even' as const }],
    teams: [{ teamId: 'east', managerOwnerIds: ['201'] }],
  };
  return settingsVersionSchema.parse({ version, settings, savedAt: '2026-07-01T02:00:00.000Z', savedBy: 'ops@example.cn' });
}

export const historyFixture = settingsHistorySchema.parse({
  versions: [
    { version: 5, savedAt: '2026-05-02T01:00:00.000Z', savedBy: 'ops@example.cn' },
    { version: 6, savedAt: '2026-06-11T08:30:00.000Z', savedBy: null },
    { version: 7, savedAt: '2026-07-01T02:00:00.000Z', savedBy: 'ops@example.cn' },
  ],
});

const teamScores = (revenue: number | null, win: number | null, csat: number | null) => [
  { kpi: 'revenue_attainment', status: revenue === null ? 'insufficient_data' : 'ok', actual: revenue === null ? null : revenue / 100, score: revenue, weight: 50, reason: revenue === null ? '2 of 9 deals won in 2026-Q3 have no amount' : null },
  { kpi: 'win_rate', status: 'ok', actual: 0.3, score: win, weight: 30, reason: null },
  { kpi: 'manual:csat', status: csat === null ? 'insufficient_data' : 'ok', actual: csat, score: csat, weight: 20, reason: csat === null ? 'no csat score has been entered for 2026-Q3' : null },
];

/**
 * East China in 2026-Q3: Wang Fang leads (96.4, up from 88), Li Wei is level, Zhang Min has
 * no total (won deals without an amount), so a ranking must put him last either way.
 */
export const teamFixture: TeamScorecardsOutput = teamScorecardsOutputSchema.parse({
  currency: 'CNY',
  period: '2026-Q3',
  periods: ['2026-Q3', '2026-Q2', '2026-Q1'],
  teams: [
    { id: 'east', name: 'East China' },
    { id: 'south', name: 'South China' },
  ],
  team: { id: 'east', name: 'East China' },
  kpis: ['revenue_attainment', 'win_rate', 'manual:csat'],
  members: [
    { ownerId: '101', name: 'Li Wei', role: 'rep', flags: [], total: 80.7, grade: 'C', previousTotal: 80.5, scores: teamScores(65, 124, 107.5) },
    { ownerId: '102', name: 'Zhang Min', role: 'rep', flags: ['improvement_plan'], total: null, grade: null, previousTotal: 61, scores: teamScores(null, 40, null) },
    { ownerId: '103', name: '王芳', role: 'rep', flags: ['promotion_candidate'], total: 96.4, grade: 'A', previousTotal: 88, scores: teamScores(110, 90, 80) },
  ],
  teamLine: { total: 84.2, grade: 'B', previousTotal: 86, scores: teamScores(83, 95, 93) },
});

/** Li Wei's revenue attainment opened: 780,000 won of a 1,200,000 quarter over two deals. */
export const kpiDetailsFixture: KpiDetailsOutput = kpiDetailsOutputSchema.parse({
  currency: 'CNY',
  owner: { id: '101', name: 'Li Wei' },
  period: '2026-Q3',
  kpi: 'revenue_attainment',
  status: 'ok',
  actual: 0.65,
  target: 1,
  score: 65,
  weight: 47,
  reason: null,
  forecast: null,
  formula: { operator: 'divide', inputs: [{ name: 'won', value: 780000 }, { name: 'target', value: 1200000 }] },
  recordSet: 'won',
  records: [
    { type: 'deal', id: '7002', name: 'Hangzhou Bank – renewal', ownerName: 'Li Wei', amount: 500000, at: '2026-08-14T06:00:00.000Z', outcome: 'won', source: null, url: 'https://app.hubspot.com/contacts/4400123/record/0-3/7002' },
    { type: 'deal', id: '7003', name: '苏州工业园, phase 2', ownerName: 'Li Wei', amount: 280000, at: '2026-09-02T06:00:00.000Z', outcome: 'won', source: null, url: 'https://app.hubspot.com/contacts/4400123/record/0-3/7003' },
  ],
  truncated: false,
});

const entry = (score: number, revision: number, enteredBy: string, source: string | null = null, key = 'csat') => ({
  ownerId: '101', period: '2026-Q3', key, source, score, revision, enteredBy, enteredByUserId: 51000010, enteredAt: '2026-09-20T02:00:00.000Z',
});

/** Li Wei's Q3 sheet as his manager sees it: satisfaction 78 corrected to 84; the 360 review by source, his self-assessment not the manager's to enter. */
export const sheetFixture: ManualScoreSheetOutput = manualScoreSheetOutputSchema.parse({
  owner: { id: '101', name: 'Li Wei' },
  period: '2026-Q3',
  periods: ['2026-Q3', '2026-Q2'],
  owners: [
    { id: '201', name: 'Chen Jing' },
    { id: '101', name: 'Li Wei' },
  ],
  lines: [
    { key: 'csat', kpi: 'manual:csat', source: null, mayEnter: true, current: entry(84, 2, 'Chen Jing'), history: [entry(78, 1, 'Chen Jing'), entry(84, 2, 'Chen Jing')] },
    { key: 'review_360', kpi: 'manual:review_360', source: 'self', mayEnter: false, current: entry(90, 1, 'Li Wei', 'self', 'review_360'), history: [entry(90, 1, 'Li Wei', 'self', 'review_360')] },
    { key: 'review_360', kpi: 'manual:review_360', source: 'manager', mayEnter: true, current: null, history: [] },
  ],
  mayImport: false,
});

export const importFixture = importManualScoresOutputSchema.parse({
  rows: [
    { line: 2, ownerId: '101', key: 'csat', period: '2026-Q3', score: 88, outcome: 'corrected', reason: null },
    { line: 3, ownerId: null, key: 'csat', period: '2026-Q3', score: 70, outcome: 'refused', reason: 'no owner has the e-mail zhao@example.cn' },
  ],
  recorded: 0,
  corrected: 1,
  refused: 1,
});
