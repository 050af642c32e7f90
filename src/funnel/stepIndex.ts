import type { Pipeline } from '../domain/portal';
import type { FunnelStep } from './funnelSteps';
import { funnelSteps } from './funnelSteps';

/**
 * A pipeline's funnel prepared once per computation, so that the per-deal pass does no
 * lookups beyond one property read per step stage (the 1M-deal budget of kpi-spec §5's
 * callers). `stageIds[k]` belongs to step `stepOf[k]`; entries run in step order.
 */
export interface StepIndex {
  pipelineId: string;
  steps: FunnelStep[];
  stageIds: string[];
  stepOf: Int32Array;
  /** Index of the won step, or -1 when the pipeline has no won stage. */
  wonStep: number;
  stepByStageId: ReadonlyMap<string, number>;
}

export function buildStepIndex(pipeline: Pipeline): StepIndex {
  const steps = funnelSteps(pipeline);
  const stageIds: string[] = [];
  const stepOf: number[] = [];
  const stepByStageId = new Map<string, number>();
  steps.forEach((step, i) => {
    for (const stageId of step.stageIds) {
      stageIds.push(stageId);
      stepOf.push(i);
      stepByStageId.set(stageId, i);
    }
  });
  const wonStep = steps.findIndex((step) => step.kind === 'won');
  return { pipelineId: pipeline.id, steps, stageIds, stepOf: Int32Array.from(stepOf), wonStep, stepByStageId };
}
