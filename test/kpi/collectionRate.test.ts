import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { MAPPED, at, context, deal, owner, ownerSubject, portal } from './fixtures';

describe('collection_rate (回款率: collected / won, same deals)', () => {
  it('is not_configured until the collected amount is mapped', () => {
    const v = computeKpi('collection_rate', context(annAndBob(), { subject: ownerSubject(ANN) }));
    expect(v).toMatchObject({ status: 'not_configured', actual: null });
  });

  it('gives Ann 38,000 collected of 60,000 won', () => {
    const v = computeKpi('collection_rate', context(annAndBob(), { subject: ownerSubject(ANN), settings: { propertyMapping: MAPPED } }));
    expect(v.actual).toBeCloseTo(38_000 / 60_000, 10);
  });

  it('asks for an explicit 0 rather than reading an empty collected amount as nothing collected', () => {
    const data = portal({
      owners: [owner('o')],
      deals: [
        deal({ ownerId: 'o', outcome: 'won', amount: 10_000, collectedAmount: 10_000, closedAt: at('2026-04-10') }),
        deal({ ownerId: 'o', outcome: 'won', amount: 10_000, collectedAmount: null, closedAt: at('2026-04-12') }),
      ],
    });
    const v = computeKpi('collection_rate', context(data, { subject: ownerSubject('o'), settings: { propertyMapping: MAPPED } }));
    expect(v.status).toBe('insufficient_data');
    expect(v.reason).toContain('1 of 2 deals won in 2026-Q2 have no collected amount');
  });
});
