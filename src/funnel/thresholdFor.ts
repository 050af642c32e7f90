import type { Pipeline } from '../domain/portal';
import type { FunnelSettings } from '../settings/settingsSchema';
import type { FunnelStep } from './funnelSteps';
import { funnelSteps } from './funnelSteps';

/**
 * The minimum acceptable conversion for one step pair (kpi-spec §5 threshold alert, §8
 * defaults). An admin's entry for the pipeline and pair wins; a stage id of any won stage
 * names the won step, since several won stages are one step. Otherwise the defaults: the
 * first pair (lead → opportunity in the articles) 30%, the last open stage → won 40%, the
 * pairs between 50%. When a pipeline has a single open stage its one pair is both first and
 * last; it takes the first-pair default, because the articles' lead-source warning is the
 * one a manager acts on there.
 */
export function thresholdFor(pipeline: Pipeline, fromStepId: string, toStepId: string, funnel: FunnelSettings): number {
  return thresholdForSteps(pipeline.id, funnelSteps(pipeline), fromStepId, toStepId, funnel);
}

/** thresholdFor with the steps already computed (funnelConversion asks once per pair). */
export function thresholdForSteps(
  pipelineId: string,
  steps: readonly FunnelStep[],
  fromStepId: string,
  toStepId: string,
  funnel: FunnelSettings,
): number {
  const from = steps.find((step) => step.id === fromStepId);
  const to = steps.find((step) => step.id === toStepId);
  const fromIds = from ? from.stageIds : [fromStepId];
  const toIds = to ? to.stageIds : [toStepId];
  const override = funnel.thresholds.find(
    (t) => t.pipelineId === pipelineId && fromIds.includes(t.fromStageId) && toIds.includes(t.toStageId),
  );
  if (override) return override.minRate;
  if (steps[0]?.id === fromStepId) return funnel.defaultThresholds.firstPair;
  if (to?.kind === 'won' && from?.kind === 'open' && steps.indexOf(from) === steps.indexOf(to) - 1) {
    return funnel.defaultThresholds.lastToWon;
  }
  return funnel.defaultThresholds.middlePairs;
}
