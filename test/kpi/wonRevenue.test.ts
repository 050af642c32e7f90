import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, NORTH, annAndBob } from './annAndBob';
import { Q1_2026, at, context, deal, owner, ownerSubject, portal, teamSubject } from './fixtures';

describe('won_revenue, avg_deal_size, revenue_per_rep', () => {
  it("adds up Ann's three Q2 wins: 60,000, 20,000 a deal", () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN) });
    expect(computeKpi('won_revenue', ctx).actual).toBe(60_000);
    expect(computeKpi('avg_deal_size', ctx).actual).toBe(20_000);
    expect(computeKpi('won_revenue', { ...ctx, period: Q1_2026 }).actual).toBe(50_000);
  });

  it('splits the team revenue over its active reps: 90,000 / 2', () => {
    expect(computeKpi('revenue_per_rep', context(annAndBob(), { subject: teamSubject(NORTH) })).actual).toBe(45_000);
  });

  it("counts a departed rep's revenue but not the rep", () => {
    const data = portal({
      owners: [owner('a'), owner('gone', { active: false })],
      deals: [deal({ ownerId: 'a', outcome: 'won', amount: 10_000, closedAt: at('2026-04-10') }), deal({ ownerId: 'gone', outcome: 'won', amount: 20_000, closedAt: at('2026-04-11') })],
    });
    const v = computeKpi('revenue_per_rep', context(data, { subject: { kind: 'team', id: 't', ownerIds: ['a', 'gone'], teamIds: [] } }));
    expect(v.actual).toBe(30_000);
  });

  it('reports 0 won when nothing was won, but no average deal size', () => {
    const ctx = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') });
    expect(computeKpi('won_revenue', ctx)).toMatchObject({ status: 'ok', actual: 0 });
    expect(computeKpi('avg_deal_size', ctx)).toMatchObject({ status: 'insufficient_data', reason: 'no deals won in 2026-Q2' });
  });

  it('does not count a won deal with no amount as 0', () => {
    const data = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: null, closedAt: at('2026-04-10') })] });
    const ctx = context(data, { subject: ownerSubject('o') });
    for (const id of ['won_revenue', 'avg_deal_size', 'revenue_per_rep'] as const) expect(computeKpi(id, ctx).status).toBe('insufficient_data');
  });
});
