import type { Deal } from '../../src/domain/portal';
import { computeKpi } from '../../src/kpi/computeKpi';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { at, context, deal, owner, ownerSubject, portal, salesPipeline } from './fixtures';

/**
 * Ten deals of owner o enter the lead stage of "sales" on 5 April 2026 and all have closed:
 * 4 lost at lead, 3 lost after qualifying, 1 lost at proposal, 2 won.
 *   lead → qualified      6 / 10 = 60%  vs 30% threshold → 2.0
 *   qualified → proposal  3 / 6  = 50%  vs 50%           → 1.0
 *   proposal → won        2 / 3  = 67%  vs 40%           → 1.67
 */
function journey(pipeline: string, steps: string[], outcome: Deal['outcome'], ownerId = 'o'): Deal {
  const stageEnteredAt: Record<string, number> = {};
  steps.forEach((s, i) => (stageEnteredAt[`${pipeline}-${s}`] = at(`2026-04-0${5 + i}`)));
  return deal({ ownerId, pipelineId: pipeline, stageId: `${pipeline}-${outcome === 'won' ? 'won' : 'lost'}`, outcome, amount: 1_000, closedAt: at('2026-04-20'), stageEnteredAt });
}

const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

function tenLeads(ownerId = 'o'): Deal[] {
  return [
    ...times(4, () => journey('sales', ['lead'], 'lost', ownerId)),
    ...times(3, () => journey('sales', ['lead', 'qualified'], 'lost', ownerId)),
    journey('sales', ['lead', 'qualified', 'proposal'], 'lost', ownerId),
    ...times(2, () => journey('sales', ['lead', 'qualified', 'proposal', 'won'], 'won', ownerId)),
  ];
}

const funnel = (minSample: number, thresholds = defaultSettings().funnel.thresholds) => ({ ...defaultSettings().funnel, minSample, thresholds });

describe('stage_conversion (worst pair vs its threshold)', () => {
  const data = portal({ owners: [owner('o')], pipelines: [salesPipeline('sales'), salesPipeline('other', 1)], deals: tenLeads() });

  it('is the qualified → proposal pair at exactly its threshold: 1.0', () => {
    expect(computeKpi('stage_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(3) } })).actual).toBeCloseTo(1, 10);
  });

  it('ignores pairs below the minimum sample: with 7 only lead → qualified (2.0) counts; with 11 none does', () => {
    expect(computeKpi('stage_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(7) } })).actual).toBeCloseTo(2, 10);
    const v = computeKpi('stage_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(11) } }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: 'no stage pair had 11 or more deals entering in 2026-Q2' });
  });

  it("follows the admin's threshold for a pair: 60% against 80% is 0.75", () => {
    const strict = funnel(3, [{ pipelineId: 'sales', fromStageId: 'sales-lead', toStageId: 'sales-qualified', minRate: 0.8 }]);
    expect(computeKpi('stage_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: strict } })).actual).toBeCloseTo(0.75, 10);
  });
});

describe('lead_to_deal_conversion (first pair of the main pipeline)', () => {
  it('is 6 of 10 leads qualified', () => {
    const data = portal({ owners: [owner('o')], deals: tenLeads() });
    expect(computeKpi('lead_to_deal_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(5) } })).actual).toBeCloseTo(0.6, 10);
  });

  it('reads the pipeline holding most of the deals: 3 of 12 "other" leads qualified', () => {
    const other = [...times(3, () => journey('other', ['lead', 'qualified'], 'lost')), ...times(9, () => journey('other', ['lead'], 'lost'))];
    const data = portal({ owners: [owner('o')], pipelines: [salesPipeline('sales'), salesPipeline('other', 1)], deals: [...tenLeads(), ...other] });
    expect(computeKpi('lead_to_deal_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(5) } })).actual).toBeCloseTo(0.25, 10);
  });

  it('needs the minimum sample and some deals', () => {
    const data = portal({ owners: [owner('o')], deals: tenLeads() });
    const v = computeKpi('lead_to_deal_conversion', context(data, { subject: ownerSubject('o') }));
    expect(v).toMatchObject({ status: 'insufficient_data', reason: '10 deals entered the first stage of sales in 2026-Q2; 20 are needed' });
    expect(computeKpi('lead_to_deal_conversion', context(portal({ owners: [owner('o')], deals: [] }), { subject: ownerSubject('o') })).status).toBe('insufficient_data');
  });
});

describe('funnel KPIs of a team', () => {
  it("add the members' cohorts: two reps with 10 leads each make one 20-lead cohort", () => {
    const data = portal({ owners: [owner('o'), owner('p')], deals: [...tenLeads('o'), ...tenLeads('p')] });
    const team = { kind: 'team' as const, id: 't', ownerIds: ['o', 'p'], teamIds: [] };
    // lead → qualified 12 / 20 qualifies at minSample 15; qualified → proposal (12) and proposal → won (6) do not
    expect(computeKpi('stage_conversion', context(data, { subject: team, settings: { funnel: funnel(15) } })).actual).toBeCloseTo(2, 10);
    expect(computeKpi('lead_to_deal_conversion', context(data, { subject: team, settings: { funnel: funnel(15) } })).actual).toBeCloseTo(0.6, 10);
    expect(computeKpi('stage_conversion', context(data, { subject: ownerSubject('o'), settings: { funnel: funnel(15) } })).status).toBe('insufficient_data');
  });

  it('leaves out deals of other periods', () => {
    const data = portal({ owners: [owner('o')], deals: tenLeads() });
    const ctx = context(data, { subject: ownerSubject('o'), period: { kind: 'quarter', year: 2026, index: 3 }, settings: { funnel: funnel(1) } });
    expect(computeKpi('stage_conversion', ctx).status).toBe('insufficient_data');
  });
});
