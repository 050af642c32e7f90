import fc from 'fast-check';
import type { Deal } from '../../src/domain/portal';
import { BUILT_IN_KPIS } from '../../src/kpi/catalog';
import type { KpiId } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/computeKpi';
import { MAPPED, Q1_2026, Q2_2026, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('periods in the portal time zone (kpi-spec §3)', () => {
  const closedLateOn31March = deal({ ownerId: 'o', outcome: 'won', amount: 10_000, closedAt: Date.parse('2026-03-31T20:00:00Z') });

  it('counts a deal closed 2026-03-31T20:00Z in Q2 for an Asia/Shanghai portal (04:00 on 1 April there)', () => {
    const data = portal({ owners: [owner('o')], deals: [closedLateOn31March], timeZone: 'Asia/Shanghai' });
    expect(computeKpi('won_revenue', context(data, { subject: ownerSubject('o'), period: Q2_2026 })).actual).toBe(10_000);
    expect(computeKpi('won_revenue', context(data, { subject: ownerSubject('o'), period: Q1_2026 })).actual).toBe(0);
  });

  it('counts it in Q1 in UTC, and the settings time zone overrides the portal one', () => {
    const utc = portal({ owners: [owner('o')], deals: [closedLateOn31March] });
    expect(computeKpi('won_revenue', context(utc, { subject: ownerSubject('o'), period: Q1_2026 })).actual).toBe(10_000);
    const overridden = context(utc, { subject: ownerSubject('o'), period: Q2_2026, settings: { timeZone: 'Asia/Shanghai' } });
    expect(computeKpi('won_revenue', overridden).actual).toBe(10_000);
  });
});

const DAY = 86_400_000;
const START_2026 = Date.parse('2026-01-01T00:00:00Z');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any deal of owner o in 2026, every field possibly unknown. */
const anyDeal = fc
  .record({
    amount: maybe(fc.integer({ min: 0, max: 1_000_000 })),
    outcome: maybe(fc.constantFrom('open' as const, 'won' as const, 'lost' as const)),
    dealType: maybe(fc.constantFrom('newbusiness', 'existingbusiness')),
    closedDay: maybe(fc.integer({ min: 0, max: 364 })),
    createdDay: maybe(fc.integer({ min: 0, max: 364 })),
    collectedShare: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    stageId: fc.constantFrom('sales-lead', 'sales-proposal', 'sales-won', 'sales-lost', 'unknown-stage'),
  })
  .map(
    (r): Deal =>
      deal({
        ownerId: 'o',
        amount: r.amount,
        outcome: r.outcome,
        dealType: r.dealType,
        stageId: r.stageId,
        closedAt: r.closedDay === null ? null : START_2026 + r.closedDay * DAY,
        createdAt: r.createdDay === null ? null : START_2026 + r.createdDay * DAY,
        collectedAmount: r.collectedShare === null || r.amount === null ? null : r.amount * r.collectedShare,
        grossMargin: r.amount === null ? null : r.amount / 4,
        expense: r.amount === null ? null : r.amount / 10,
        forecastAmount: r.amount,
        stageEnteredAt: r.createdDay === null ? {} : { 'sales-lead': START_2026 + r.createdDay * DAY },
      }),
  );

const ALL_KPIS: KpiId[] = [...BUILT_IN_KPIS, 'manual:csat'];

describe('invariants over any portal', () => {
  it('the shares (win rate, new-business share, collection rate with collected ≤ won, churn) lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(anyDeal, { maxLength: 40 }), (deals) => {
        const ctx = context(portal({ owners: [owner('o')], deals }), { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } });
        for (const id of ['win_rate', 'new_business_share', 'collection_rate', 'churn_rate_value'] as const) {
          const v = computeKpi(id, ctx);
          if (v.status === 'ok') expect(v.actual).toBeGreaterThanOrEqual(0);
          if (v.status === 'ok') expect(v.actual).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('every KPI is a finite number or says why it has none (never NaN, never a silent null)', () => {
    const quotas = [{ ownerId: 'o', period: '2026', amount: 1_000_000, split: 'even' as const }];
    fc.assert(
      fc.property(fc.array(anyDeal, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (deals, quarter) => {
        const ctx = context(portal({ owners: [owner('o', { teamIds: ['t'] })], teams: [{ id: 't', name: 't', memberOwnerIds: ['o'] }], deals }), {
          subject: ownerSubject('o'),
          period: { kind: 'quarter', year: 2026, index: quarter },
          settings: { propertyMapping: MAPPED, quotas },
          manualScores: [{ ownerId: 'o', key: 'csat', period: `2026-Q${quarter}`, score: 70 }],
        });
        for (const id of ALL_KPIS) {
          const v = computeKpi(id, ctx);
          expect(v.id).toBe(id);
          if (v.status === 'ok') expect(Number.isFinite(v.actual)).toBe(true);
          else expect(v.actual === null && typeof v.reason === 'string' && v.reason.length > 0).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a team's won revenue is the sum of its members'", () => {
    const twoOwners = fc.array(fc.tuple(anyDeal, fc.boolean()), { maxLength: 30 });
    fc.assert(
      fc.property(twoOwners, (tagged) => {
        const deals = tagged.map(([d, second]) => ({ ...d, ownerId: second ? 'p' : 'o' }));
        const data = portal({ owners: [owner('o'), owner('p')], deals });
        const team = context(data, { subject: { kind: 'team', id: 't', ownerIds: ['o', 'p'], teamIds: [] } });
        const [o, p, all] = [context(data, { subject: ownerSubject('o') }), context(data, { subject: ownerSubject('p') }), team].map((c) => computeKpi('won_revenue', c));
        if (o?.status === 'ok' && p?.status === 'ok') expect(all?.actual).toBeCloseTo((o.actual ?? 0) + (p.actual ?? 0), 6);
        else expect(all?.status).toBe('insufficient_data');
      }),
    );
  });
});
