import type { Goal } from '../../src/domain/portal';
import { quotaFor } from '../../src/kpi/quotaFor';
import type { Quota } from '../../src/settings/settingsSchema';
import { ANN, BOB, NORTH, annAndBob } from './annAndBob';
import { APRIL_2026, Q1_2026, Q2_2026, YEAR_2026, context, owner, ownerSubject, portal, teamSubject } from './fixtures';

const quota = (q: Partial<Quota> & { period: string; amount: number }): Quota => ({ ownerId: ANN, split: 'even', ...q });
const ctxWith = (quotas: Quota[], fiscalYearStartMonth = 1) =>
  context(annAndBob(), { subject: ownerSubject(ANN), settings: { quotas, fiscalYearStartMonth } });

describe('quotaFor: settings quotas', () => {
  it('uses a quota for exactly the period, before any other', () => {
    const ctx = ctxWith([quota({ period: '2026', amount: 300_000 }), quota({ period: '2026-Q2', amount: 90_000 })]);
    expect(quotaFor(ctx.subject, Q2_2026, ctx)).toEqual({ amount: 90_000, source: 'settings', reason: null });
  });

  it('splits a yearly quota evenly: 300,000 → 75,000 a quarter, 25,000 a month', () => {
    const ctx = ctxWith([quota({ period: '2026', amount: 300_000 })]);
    expect(quotaFor(ctx.subject, Q2_2026, ctx).amount).toBeCloseTo(75_000, 6);
    expect(quotaFor(ctx.subject, APRIL_2026, ctx).amount).toBeCloseTo(25_000, 6);
  });

  it('splits a yearly quota by seasonality: weights 1,1,1,2,2,2,1… (15) give Q2 6/15 of 120,000 = 48,000', () => {
    const ctx = ctxWith([quota({ period: '2026', amount: 120_000, split: [1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1] })]);
    expect(quotaFor(ctx.subject, Q2_2026, ctx).amount).toBeCloseTo(48_000, 6);
    expect(quotaFor(ctx.subject, Q1_2026, ctx).amount).toBeCloseTo(24_000, 6);
  });

  it('indexes seasonality weights by fiscal month: with an April year start the first weight is April', () => {
    const weights = [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // sum 13
    const ctx = ctxWith([quota({ period: '2026', amount: 130_000, split: weights })], 4);
    expect(quotaFor(ctx.subject, APRIL_2026, ctx).amount).toBeCloseTo(20_000, 6);
    // fiscal 2026-Q1 is April–June: (2 + 1 + 1) / 13
    expect(quotaFor(ctx.subject, { kind: 'quarter', year: 2026, index: 1 }, ctx).amount).toBeCloseTo(40_000, 6);
  });

  it('sums month quotas inside the period, and a month quota overrides its share of the year', () => {
    const months = [quota({ period: '2026-04', amount: 10_000 }), quota({ period: '2026-05', amount: 20_000 }), quota({ period: '2026-06', amount: 30_000 })];
    expect(quotaFor(ownerSubject(ANN), Q2_2026, ctxWith(months)).amount).toBe(60_000);
    const withYear = ctxWith([quota({ period: '2026', amount: 120_000 }), quota({ period: '2026-04', amount: 40_000 })]);
    // April 40,000 + May and June 10,000 each from the year
    expect(quotaFor(withYear.subject, Q2_2026, withYear).amount).toBeCloseTo(60_000, 6);
    // The year itself has an exact quota
    expect(quotaFor(withYear.subject, YEAR_2026, withYear).amount).toBe(120_000);
  });

  it('refuses to guess when months of the period have no quota', () => {
    const ctx = ctxWith([quota({ period: '2026-04', amount: 10_000 }), quota({ period: '2026-05', amount: 20_000 })]);
    const q = quotaFor(ctx.subject, Q2_2026, ctx);
    expect(q.amount).toBeNull();
    expect(q.reason).toContain('none for 2026-06');
  });

  it('adds quarters up to a year', () => {
    const quarters = [1, 2, 3, 4].map((i) => quota({ period: `2026-Q${i}`, amount: i * 10_000 }));
    expect(quotaFor(ownerSubject(ANN), YEAR_2026, ctxWith(quarters)).amount).toBeCloseTo(100_000, 6);
  });
});

describe('quotaFor: HubSpot goals', () => {
  const ctx = context(annAndBob(), { subject: ownerSubject(BOB) });

  it("sums Bob's three monthly goal slices to 60,000 for Q2", () => {
    expect(quotaFor(ownerSubject(BOB), Q2_2026, ctx)).toEqual({ amount: 60_000, source: 'goals', reason: null });
    expect(quotaFor(ownerSubject(BOB), APRIL_2026, ctx).amount).toBe(20_000);
  });

  it('prefers the settings over the goals', () => {
    const withQuota = context(annAndBob(), { subject: ownerSubject(BOB), settings: { quotas: [quota({ ownerId: BOB, period: '2026-Q2', amount: 99_000 })] } });
    expect(quotaFor(ownerSubject(BOB), Q2_2026, withQuota)).toEqual({ amount: 99_000, source: 'settings', reason: null });
  });

  it('prorates a goal slice by its overlap: a quarterly 91,000 goal gives April 30 of its 91 days', () => {
    const quarterly: Goal = { id: 'gq', name: null, groupId: null, userId: 102, teamId: null, amount: 91_000, startAt: Date.parse('2026-04-01T00:00:00Z'), endAt: Date.parse('2026-07-01T00:00:00Z') };
    const c = context(annAndBob({ goals: [quarterly] }), { subject: ownerSubject(BOB) });
    expect(quotaFor(ownerSubject(BOB), APRIL_2026, c).amount).toBeCloseTo(30_000, 6);
    expect(quotaFor(ownerSubject(BOB), Q2_2026, c).amount).toBeCloseTo(91_000, 6);
  });

  it('says why there is no target: goals not read, no user, a goal without an amount', () => {
    const unread = context(annAndBob({ goals: null }), { subject: ownerSubject(BOB) });
    expect(quotaFor(ownerSubject(BOB), Q2_2026, unread)).toEqual({
      amount: null,
      source: null,
      reason: 'no target for bob in 2026-Q2: the settings set none and HubSpot goals were not read',
    });
    const noUser = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') });
    expect(quotaFor(ownerSubject('o'), Q2_2026, noUser).reason).toContain('no HubSpot goal covers it');
    const blank: Goal = { id: 'gx', name: null, groupId: null, userId: 102, teamId: null, amount: null, startAt: Date.parse('2026-04-01T00:00:00Z'), endAt: Date.parse('2026-05-01T00:00:00Z') };
    const c = context(annAndBob({ goals: [blank] }), { subject: ownerSubject(BOB) });
    expect(quotaFor(ownerSubject(BOB), Q2_2026, c).reason).toBe('bob: HubSpot goal gx has no target amount');
  });
});

describe('quotaFor: only the revenue goal family counts', () => {
  const slice = (id: string, groupId: string, name: string, amount: number): Goal => ({
    id, name, groupId, userId: 102, teamId: null, amount, startAt: Date.parse('2026-04-01T00:00:00Z'), endAt: Date.parse('2026-07-01T00:00:00Z'),
  });
  const goals = [slice('rev', 'g-revenue', 'Revenue quota', 91_000), slice('calls', 'g-calls', 'Calls made', 100)];

  it('reads only the family the admin picked, so "Calls made: 100" is no revenue quota', () => {
    const c = context(annAndBob({ goals }), { subject: ownerSubject(BOB), settings: { revenueGoalGroupId: 'g-revenue' } });
    expect(quotaFor(ownerSubject(BOB), Q2_2026, c)).toEqual({ amount: 91_000, source: 'goals', reason: null });
  });

  it('does not guess between several families: the target is unknown until the admin picks one, naming them', () => {
    const c = context(annAndBob({ goals }), { subject: ownerSubject(BOB) });
    const q = quotaFor(ownerSubject(BOB), Q2_2026, c);
    expect(q.amount).toBeNull();
    expect(q.reason).toContain('Revenue quota, Calls made');
    expect(q.reason).toContain('pick the revenue goal in the settings');
  });

  it('uses a single family without being asked', () => {
    const c = context(annAndBob({ goals: [goals[0] as Goal] }), { subject: ownerSubject(BOB) });
    expect(quotaFor(ownerSubject(BOB), Q2_2026, c).amount).toBe(91_000);
  });
});

describe('quotaFor: teams', () => {
  it("sums the members' targets from both sources: 75,000 + 60,000, mixed", () => {
    const ctx = context(annAndBob(), { subject: teamSubject(NORTH), settings: { quotas: [quota({ period: '2026', amount: 300_000 })] } });
    expect(quotaFor(teamSubject(NORTH), Q2_2026, ctx)).toEqual({ amount: 135_000, source: 'mixed', reason: null });
  });

  it('uses a team quota, split like any other, for the members it covers', () => {
    const ctx = context(annAndBob({ goals: null }), { subject: teamSubject(NORTH), settings: { quotas: [{ teamId: 't1', period: '2026', amount: 400_000, split: 'even' }] } });
    expect(quotaFor(teamSubject(NORTH), Q2_2026, ctx)).toEqual({ amount: 100_000, source: 'settings', reason: null });
  });

  it('uses a HubSpot team goal when the settings have none', () => {
    const teamGoal: Goal = { id: 'tg', name: null, groupId: null, userId: null, teamId: 't1', amount: 150_000, startAt: Date.parse('2026-04-01T00:00:00Z'), endAt: Date.parse('2026-07-01T00:00:00Z') };
    const ctx = context(annAndBob({ goals: [teamGoal] }), { subject: teamSubject(NORTH) });
    expect(quotaFor(teamSubject(NORTH), Q2_2026, ctx)).toEqual({ amount: 150_000, source: 'goals', reason: null });
  });
});

describe('quotaFor: the reason stays readable for a large department', () => {
  it('names five owners and counts the rest', () => {
    const owners = Array.from({ length: 8 }, (_, i) => owner(`rep${i}`));
    const ctx = context(portal({ owners, deals: [] }), { subject: ownerSubject('rep0') });
    const dept = { kind: 'portal' as const, id: null, ownerIds: owners.map((o) => o.id), teamIds: [] };
    expect(quotaFor(dept, Q2_2026, ctx).reason).toBe('no target for rep0, rep1, rep2, rep3, rep4 and 3 more in 2026-Q2: the settings set none and no HubSpot goal covers it');
  });
});
