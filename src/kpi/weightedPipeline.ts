import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * weighted_pipeline (加权管道, kpi-spec §4): Σ open amount × stage probability over the open
 * deals with closedate in P. An open deal without an amount, or in a stage whose probability
 * the portal did not set, is unknown; 0 when there are no such open deals at all.
 */
export function weightedPipeline(ctx: KpiContext): KpiValue {
  const id = 'weighted_pipeline';
  const t = totalsOf(ctx);
  const label = labelOf(ctx.period);
  if (t.openAmountUnknown > 0) return kpiMissing(id, 'insufficient_data', `${t.openAmountUnknown} of ${t.openCount} open deals closing in ${label} have no amount`);
  if (t.openProbabilityUnknown > 0) {
    return kpiMissing(id, 'insufficient_data', `${t.openProbabilityUnknown} of ${t.openCount} open deals closing in ${label} are in a stage without a probability`);
  }
  return kpiOk(id, t.openWeighted);
}
