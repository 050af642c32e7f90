import type { Goal, Meeting, PortalData, Team } from '../../src/domain/portal';
import { at, deal, owner, portal } from './fixtures';

/**
 * Team "North" (t1): Ann (settings quota) and Bob (HubSpot goals), portal in UTC, 2026-Q2 =
 * 1 Apr – 30 Jun 2026. The numbers every test in this folder works out by hand:
 *
 * Ann, won in Q2:   A1 10,000 new       created 2 Mar, closed 1 Apr  (30 d) collected  8,000 margin  3,000 expense   500 forecast 12,000
 *                   A2 20,000 existing  created 10 Apr, closed 20 May (40 d) collected 20,000 margin  5,000 expense 1,500 forecast 15,000
 *                   A3 30,000 new       created 1 May, closed 20 Jun  (50 d) collected 10,000 margin 12,000 expense 1,000 forecast 30,000
 *      lost in Q2:  A4 5,000 existing (closed 5 May), A5 8,000 new (closed 1 Jun)
 *      open, closing in Q2: A6 40,000 in proposal (60%), A7 20,000 in lead (10%)
 *      elsewhere:   A8 open 100,000 closing in Aug (Q3); A9 won 50,000 in Mar (Q1); A10 won 12,500 in May 2025
 *   won 60,000 from 3 deals, new business 40,000 (2/3), win rate 3/5 = 60%, average 20,000,
 *   cycle (30+40+50)/3 = 40 days, collected 38,000 (63.3%), margin 20,000 (1/3), expense 3,000 (5%),
 *   forecast 57,000 → accuracy 1 − 3,000/60,000 = 95%, existing business closed 25,000 of which
 *   5,000 lost → churn 20%, open 60,000, weighted 40,000×0.6 + 20,000×0.1 = 26,000.
 *   New customers: A1 (company c1) and A3 (no company read) → 2.
 *   Quota: 300,000 for 2026 in the settings, even → Q2 75,000: attainment 60,000/75,000 = 80%;
 *   coverage 60,000 / (75,000 − 60,000) = 4. Growth vs 2025-Q2 (12,500): 3.8; vs 2026-Q1 (50,000): 0.2.
 *
 * Bob, won in Q2:   B1 30,000 new (closed 15 Apr); lost B2 10,000 new (closed 10 May).
 *   Goals (user 102): 20,000 for each of April, May and June → Q2 target 60,000: attainment 50%.
 *
 * Team North: won 90,000, target 75,000 + 60,000 = 135,000 → 66.7%; 2 active reps → 45,000 each.
 * Meetings: Ann 3 in Q2 (+1 in March), Bob 2 in Q2 → team 5.
 */
export const ANN = 'ann';
export const BOB = 'bob';
export const NORTH: Team = { id: 't1', name: 'North', memberOwnerIds: [ANN, BOB] };

const monthGoal = (id: string, month: string, next: string, amount: number): Goal => ({
  id,
  name: null,
  groupId: null,
  userId: 102,
  teamId: null,
  amount,
  startAt: Date.parse(`2026-${month}-01T00:00:00Z`),
  endAt: Date.parse(`2026-${next}-01T00:00:00Z`),
});

const meeting = (id: string, ownerId: string, when: string): Meeting => ({ id, ownerId, at: at(when) });

export function annAndBob(overrides: { goals?: Goal[] | null; meetings?: Meeting[] | null } = {}): PortalData {
  const won = { outcome: 'won' as const, ownerId: ANN };
  return portal({
    owners: [owner(ANN, { userId: 101, teamIds: ['t1'] }), owner(BOB, { userId: 102, teamIds: ['t1'] })],
    teams: [NORTH],
    deals: [
      deal({ ...won, amount: 10_000, createdAt: at('2026-03-02'), closedAt: at('2026-04-01'), collectedAmount: 8_000, grossMargin: 3_000, expense: 500, forecastAmount: 12_000, companyIds: ['c1'] }),
      deal({ ...won, amount: 20_000, dealType: 'existingbusiness', createdAt: at('2026-04-10'), closedAt: at('2026-05-20'), collectedAmount: 20_000, grossMargin: 5_000, expense: 1_500, forecastAmount: 15_000, companyIds: ['c2'] }),
      deal({ ...won, amount: 30_000, createdAt: at('2026-05-01'), closedAt: at('2026-06-20'), collectedAmount: 10_000, grossMargin: 12_000, expense: 1_000, forecastAmount: 30_000 }),
      deal({ ownerId: ANN, outcome: 'lost', amount: 5_000, dealType: 'existingbusiness', closedAt: at('2026-05-05') }),
      deal({ ownerId: ANN, outcome: 'lost', amount: 8_000, closedAt: at('2026-06-01') }),
      deal({ ownerId: ANN, amount: 40_000, stageId: 'sales-proposal', closedAt: at('2026-06-25') }),
      deal({ ownerId: ANN, amount: 20_000, stageId: 'sales-lead', closedAt: at('2026-06-28') }),
      deal({ ownerId: ANN, amount: 100_000, stageId: 'sales-proposal', closedAt: at('2026-08-10') }),
      deal({ ...won, amount: 50_000, createdAt: at('2026-01-10'), closedAt: at('2026-03-15') }),
      deal({ ...won, amount: 12_500, createdAt: at('2025-04-01'), closedAt: at('2025-05-10') }),
      deal({ ownerId: BOB, outcome: 'won', amount: 30_000, createdAt: at('2026-03-16'), closedAt: at('2026-04-15') }),
      deal({ ownerId: BOB, outcome: 'lost', amount: 10_000, closedAt: at('2026-05-10') }),
    ],
    goals:
      overrides.goals === undefined
        ? [monthGoal('g4', '04', '05', 20_000), monthGoal('g5', '05', '06', 20_000), monthGoal('g6', '06', '07', 20_000)]
        : overrides.goals,
    meetings:
      overrides.meetings === undefined
        ? [
            meeting('m1', ANN, '2026-04-02'),
            meeting('m2', ANN, '2026-05-02'),
            meeting('m3', ANN, '2026-06-30T23:00:00Z'),
            meeting('m4', ANN, '2026-03-31T23:00:00Z'),
            meeting('m5', BOB, '2026-04-20'),
            meeting('m6', BOB, '2026-06-01'),
          ]
        : overrides.meetings,
  });
}

export const ANN_QUOTA = [{ ownerId: ANN, period: '2026', amount: 300_000, split: 'even' as const }];
