import type { Bounds } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import type { FunnelSettings } from '../settings/settingsSchema';
import type { PairConversion } from './pairConversion';
import type { CohortTally, CohortWindow } from './cohortTally';
import type { StepIndex } from './stepIndex';
import { toPairConversion } from './pairConversion';
import { DAY_MS, newTally, tallyDeal } from './cohortTally';
import { buildStepIndex } from './stepIndex';
import { isClosed, readProgress } from './dealProgress';
import { thresholdForSteps } from './thresholdFor';

export interface FunnelConversionInput {
  pipeline: Pipeline;
  deals: readonly Deal[];
  /** The period P whose cohorts are measured: deals that entered s inside it. */
  bounds: Bounds;
  /** Evaluation time, epoch ms, for maturity. */
  now: number;
  funnel: FunnelSettings;
}

/**
 * Cohort conversion for every consecutive step pair of one pipeline (kpi-spec §5), with n,
 * the Wilson interval, the threshold and the severity. Deals of other pipelines do not count.
 * One pass over the deals with one reused buffer, so a million deals stay well under a second.
 */
export function funnelConversion(input: FunnelConversionInput): PairConversion[] {
  const index = buildStepIndex(input.pipeline);
  const tally = newTally(index.steps.length - 1);
  const entered = new Float64Array(index.steps.length);
  const window = cohortWindow(input);
  for (const deal of input.deals) {
    if (deal.pipelineId !== index.pipelineId) continue;
    const furthest = readProgress(deal, index, entered);
    tallyDeal(tally, entered, furthest, isClosed(deal), window);
  }
  return pairsOf(index, tally, input.funnel);
}

/** The cohort period and the maturity cut-off (kpi-spec §5: an open deal that entered s less than maturityDays before now is left out). */
export const cohortWindow = (input: Pick<FunnelConversionInput, 'bounds' | 'now' | 'funnel'>): CohortWindow => ({
  bounds: input.bounds,
  now: input.now,
  maturityMs: input.funnel.maturityDays * DAY_MS,
});

/** Turns a tally into the reported pairs, each with its threshold and severity. */
export function pairsOf(index: StepIndex, tally: CohortTally, funnel: FunnelSettings): PairConversion[] {
  const pairs: PairConversion[] = [];
  index.steps.forEach((to, i) => {
    const from = index.steps[i - 1];
    if (!from) return;
    const threshold = thresholdForSteps(index.pipelineId, index.steps, from.id, to.id, funnel);
    pairs.push(toPairConversion(from.id, to.id, tally.entered[i - 1] ?? 0, tally.converted[i - 1] ?? 0, threshold, funnel.minSample));
  });
  return pairs;
}
