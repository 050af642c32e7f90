import { thresholdFor } from '../../src/funnel/thresholdFor';
import { SALES, TWO_WON, funnelSettings } from './fixtures';

describe('thresholdFor (kpi-spec §5 threshold alert, §8 defaults)', () => {
  const defaults = funnelSettings();

  it('uses 30% for the first pair, 50% in the middle and 40% from the last open stage to won', () => {
    expect(thresholdFor(SALES, 'lead', 'qualified', defaults)).toBe(0.3);
    expect(thresholdFor(SALES, 'qualified', 'proposal', defaults)).toBe(0.5);
    expect(thresholdFor(SALES, 'proposal', 'won', defaults)).toBe(0.4);
  });

  it('follows the admin’s own defaults', () => {
    const mine = funnelSettings({ defaultThresholds: { firstPair: 0.25, middlePairs: 0.6, lastToWon: 0.35 } });
    expect([
      thresholdFor(SALES, 'lead', 'qualified', mine),
      thresholdFor(SALES, 'qualified', 'proposal', mine),
      thresholdFor(SALES, 'proposal', 'won', mine),
    ]).toEqual([0.25, 0.6, 0.35]);
  });

  it('prefers an override for this pipeline and pair, and ignores one for another pipeline', () => {
    const funnel = funnelSettings({
      thresholds: [
        { pipelineId: 'other', fromStageId: 'lead', toStageId: 'qualified', minRate: 0.9 },
        { pipelineId: 'sales', fromStageId: 'qualified', toStageId: 'proposal', minRate: 0.65 },
      ],
    });
    expect(thresholdFor(SALES, 'lead', 'qualified', funnel)).toBe(0.3);
    expect(thresholdFor(SALES, 'qualified', 'proposal', funnel)).toBe(0.65);
  });

  it('lets an override name any won stage of a pipeline with several', () => {
    const funnel = funnelSettings({
      thresholds: [{ pipelineId: 'two-won', fromStageId: 'proposal2', toStageId: 'won-renewal', minRate: 0.55 }],
    });
    expect(thresholdFor(TWO_WON, 'proposal2', 'won-new', funnel)).toBe(0.55);
  });

  it('gives the first-pair default when the only pair is also the last one', () => {
    const short = { ...SALES, stages: SALES.stages.filter((s) => s.id !== 'qualified' && s.id !== 'proposal') };
    expect(thresholdFor(short, 'lead', 'won', defaults)).toBe(0.3);
  });

  it('treats the last pair of a pipeline without a won stage as a middle pair', () => {
    const openOnly = { ...SALES, stages: SALES.stages.filter((s) => s.outcome !== 'won') };
    expect(thresholdFor(openOnly, 'qualified', 'proposal', defaults)).toBe(0.5);
  });
});
