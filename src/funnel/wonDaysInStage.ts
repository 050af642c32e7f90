import type { Deal, Pipeline } from '../domain/portal';
import { DAY_MS } from './cohortTally';
import { buildStepIndex } from './stepIndex';
import { readStepTimes } from './stepTimes';

/**
 * For each open stage, the days that won deals of the pipeline spent in it (kpi-spec §5 stage
 * aging): from the stage's own entry to the entry of the next step the deal reached. A deal
 * that skipped the stage spent no time there and is not a sample. Unknown stays unknown: a
 * won deal with no later entry time (its won-stage timestamp missing) gives no sample, and
 * neither does a negative span (the deal was moved back, so the order of entries says nothing
 * about time spent).
 */
export function wonDaysInStage(pipeline: Pipeline, deals: readonly Deal[]): Map<string, number[]> {
  const index = buildStepIndex(pipeline);
  const days = new Map<string, number[]>();
  const open = index.steps.filter((step) => step.kind === 'open');
  for (const step of open) days.set(step.id, []);
  const times = new Float64Array(index.steps.length);
  for (const deal of deals) {
    if (deal.pipelineId !== index.pipelineId || deal.outcome !== 'won') continue;
    readStepTimes(deal, index, times);
    let next = Infinity;
    for (let s = index.steps.length - 1; s >= 0; s--) {
      const at = times[s] as number;
      if (at === Infinity) continue;
      const step = index.steps[s];
      if (step && step.kind === 'open' && next !== Infinity && next >= at) days.get(step.id)?.push((next - at) / DAY_MS);
      next = at;
    }
  }
  return days;
}
