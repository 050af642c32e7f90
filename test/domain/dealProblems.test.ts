import { dealProblems } from '../../src/domain/dealProblems';
import type { Deal, Pipeline } from '../../src/domain/portal';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.UTC(2026, 4, 10);

const pipeline: Pipeline = {
  id: 'sales',
  label: 'Sales',
  displayOrder: 0,
  stages: [
    { id: 'lead', label: 'Lead', displayOrder: 0, probability: 0.1, isClosed: false, outcome: 'open' },
    { id: 'proposal', label: 'Proposal', displayOrder: 1, probability: 0.5, isClosed: false, outcome: 'open' },
    { id: 'won', label: 'Won', displayOrder: 2, probability: 1, isClosed: true, outcome: 'won' },
    { id: 'lost', label: 'Lost', displayOrder: 3, probability: 0, isClosed: true, outcome: 'lost' },
  ],
};
const pipelines = new Map([[pipeline.id, pipeline]]);

function deal(over: Partial<Deal>): Deal {
  return {
    id: 'd1', name: 'Acme', pipelineId: 'sales', stageId: 'won', ownerId: 'o1', amount: 1000, createdAt: T - 30 * DAY, closedAt: T,
    outcome: 'won', dealType: 'newbusiness', stageEnteredAt: { lead: T - 30 * DAY, proposal: T - 10 * DAY, won: T },
    collectedAmount: null, grossMargin: null, expense: null, forecastAmount: null, companyIds: null, lineItemIds: null, segmentValue: null, issues: [], ...over,
  };
}
const kinds = (d: Deal) => dealProblems(d, pipelines, EMPTY_MAPPING).map((p) => p.problem.kind);

describe('dealProblems (kpi-spec §2 data problems)', () => {
  it('finds nothing wrong with a clean won deal, or an open deal without amount or close date', () => {
    expect(kinds(deal({}))).toEqual([]);
    expect(kinds(deal({ outcome: 'open', stageId: 'lead', amount: null, closedAt: null, stageEnteredAt: { lead: T } }))).toEqual([]);
  });

  it('names what cannot be read, and what reads but cannot be right', () => {
    expect(kinds(deal({ amount: null, issues: [{ object: 'deal', id: 'd1', field: 'amount', value: 'abc', reason: '"abc" is not a number' }] }))).toEqual(['amount_not_a_number']);
    expect(kinds(deal({ amount: null }))).toEqual(['amount_missing']);
    expect(kinds(deal({ amount: -5 }))).toEqual(['amount_negative']);
    expect(kinds(deal({ closedAt: null }))).toEqual(['closedate_missing']);
    expect(kinds(deal({ closedAt: null, issues: [{ object: 'deal', id: 'd1', field: 'closedate', value: 'soon', reason: 'x' }] }))).toEqual(['closedate_unreadable']);
    expect(kinds(deal({ createdAt: T + 3 * DAY }))).toEqual(['closedate_before_createdate']);
    expect(kinds(deal({ pipelineId: 'gone' }))).toEqual(['pipeline_unknown']);
    expect(kinds(deal({ stageId: 'elsewhere' }))).toEqual(['stage_unknown']);
  });

  it('accepts a deal created in the afternoon and closed "that day" at midnight, as HubSpot stores a picked date', () => {
    expect(kinds(deal({ createdAt: T + 15 * HOUR }))).toEqual([]);
  });

  it('finds stage entry times out of funnel order, pointing at the later stage entered too early', () => {
    const [problem] = dealProblems(deal({ stageEnteredAt: { lead: T - 5 * DAY, proposal: T - 10 * DAY, won: T } }), pipelines, EMPTY_MAPPING);
    expect(problem?.problem).toMatchObject({ kind: 'stage_times_out_of_order', field: 'hs_v2_date_entered_proposal', recordId: 'd1' });
    expect(problem?.facets).toEqual(['stages']);
  });
});
