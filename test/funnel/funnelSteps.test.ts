import { funnelSteps } from '../../src/funnel/funnelSteps';
import { SALES, TWO_WON } from './fixtures';

describe('funnelSteps (kpi-spec §5: open stages in display order, then won; lost is an outcome)', () => {
  it('lists Lead, Qualified, Proposal, Won and leaves Closed lost out', () => {
    expect(funnelSteps(SALES)).toEqual([
      { id: 'lead', label: 'Lead', kind: 'open', stageIds: ['lead'] },
      { id: 'qualified', label: 'Qualified', kind: 'open', stageIds: ['qualified'] },
      { id: 'proposal', label: 'Proposal', kind: 'open', stageIds: ['proposal'] },
      { id: 'won', label: 'Closed won', kind: 'won', stageIds: ['won'] },
    ]);
  });

  it('sorts by displayOrder and makes several won stages one step named after the first', () => {
    const steps = funnelSteps(TWO_WON);
    expect(steps.map((s) => s.id)).toEqual(['lead2', 'qualified2', 'proposal2', 'won-new']);
    expect(steps[3]).toEqual({ id: 'won-new', label: 'Won (new) / Won (renewal)', kind: 'won', stageIds: ['won-new', 'won-renewal'] });
  });

  it('has no won step in a pipeline without a won stage', () => {
    const openOnly = { ...SALES, stages: SALES.stages.filter((s) => s.outcome !== 'won') };
    expect(funnelSteps(openOnly).map((s) => s.kind)).toEqual(['open', 'open', 'open']);
  });
});
