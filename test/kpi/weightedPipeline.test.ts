import { computeKpi } from '../../src/kpi/computeKpi';
import { ANN, annAndBob } from './annAndBob';
import { at, context, deal, owner, ownerSubject, portal, salesPipeline, stage } from './fixtures';

describe('weighted_pipeline (Σ open amount × stage probability, closing in P)', () => {
  it('gives Ann 40,000 × 60% + 20,000 × 10% = 26,000', () => {
    expect(computeKpi('weighted_pipeline', context(annAndBob(), { subject: ownerSubject(ANN) })).actual).toBeCloseTo(26_000, 6);
  });

  it('treats a stage without a probability as unknown, not 0%', () => {
    const pipeline = salesPipeline();
    pipeline.stages.push(stage('sales-demo', null, 'open', 5));
    const data = portal({ owners: [owner('o')], pipelines: [pipeline], deals: [deal({ ownerId: 'o', amount: 1_000, stageId: 'sales-demo', closedAt: at('2026-05-01') })] });
    const v = computeKpi('weighted_pipeline', context(data, { subject: ownerSubject('o') }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: '1 of 1 open deals closing in 2026-Q2 are in a stage without a probability' });
  });

  it('is 0 with no open deals closing in P', () => {
    expect(computeKpi('weighted_pipeline', context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') })).actual).toBe(0);
  });
});
