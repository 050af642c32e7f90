import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { MAPPED, at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('gross_margin_rate and expense_ratio (mapped properties over the deals won in P)', () => {
  it("gives Ann 20,000 margin and 3,000 expense on 60,000 won", () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN), settings: { propertyMapping: MAPPED } });
    expect(computeKpi('gross_margin_rate', ctx).actual).toBeCloseTo(1 / 3, 10);
    expect(computeKpi('expense_ratio', ctx).actual).toBeCloseTo(0.05, 10);
  });

  it('is not_configured while unmapped', () => {
    const ctx = context(annAndBob(), { subject: ownerSubject(ANN) });
    expect(computeKpi('gross_margin_rate', ctx).status).toBe('not_configured');
    expect(computeKpi('expense_ratio', ctx).status).toBe('not_configured');
  });

  it('waits for a missing margin, and has no ratio when nothing was won', () => {
    const missing = portal({ owners: [owner('o')], deals: [deal({ ownerId: 'o', outcome: 'won', amount: 1_000, expense: 10, closedAt: at('2026-04-10') })] });
    const ctx = context(missing, { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } });
    expect(computeKpi('gross_margin_rate', ctx).reason).toContain('have no gross margin');
    expect(computeKpi('expense_ratio', ctx).actual).toBeCloseTo(0.01, 10);
    const none = context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } });
    expect(computeKpi('expense_ratio', none).status).toBe('insufficient_data');
  });
});
