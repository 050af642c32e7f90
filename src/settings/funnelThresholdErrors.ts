import type { Pipeline, Stage } from '../domain/portal';
import { fieldError, type FieldError } from './fieldError';
import type { FunnelThreshold } from './settingsSchema';

/**
 * Funnel thresholds (kpi-spec §5) must name a pipeline and stages that exist, or the alert
 * they configure would silently never fire. A conversion runs from an open stage to a later
 * stage; closed lost is an outcome, not a step, so it cannot end one. A pair set twice is
 * refused because only one of the two minimums could apply.
 */
export function funnelThresholdErrors(thresholds: readonly (FunnelThreshold | undefined)[], pipelines: readonly Pipeline[]): FieldError[] {
  const seen = new Map<string, number>();
  return thresholds.flatMap((threshold, i) => {
    if (threshold === undefined) return [];
    const key = `${threshold.pipelineId}|${threshold.fromStageId}|${threshold.toStageId}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    const duplicate = first === undefined ? [] : [fieldError(['funnel', 'thresholds', i], `the same stage pair is already set in threshold ${first + 1}`, 'threshold_duplicate', { first: first + 1 })];
    return [...duplicate, ...pairErrors(threshold, i, pipelines)];
  });
}

function pairErrors(threshold: FunnelThreshold, i: number, pipelines: readonly Pipeline[]): FieldError[] {
  const path = ['funnel', 'thresholds', i];
  const pipeline = pipelines.find((p) => p.id === threshold.pipelineId);
  if (pipeline === undefined) return [fieldError([...path, 'pipelineId'], `pipeline "${threshold.pipelineId}" does not exist in this portal`, 'unknown_pipeline', { pipeline: threshold.pipelineId })];
  const from = pipeline.stages.find((s) => s.id === threshold.fromStageId);
  const to = pipeline.stages.find((s) => s.id === threshold.toStageId);
  const errors: FieldError[] = [];
  if (from === undefined) errors.push(fieldError([...path, 'fromStageId'], unknownStage(threshold.fromStageId, pipeline), 'unknown_stage', { stage: threshold.fromStageId, pipeline: pipeline.label }));
  else if (from.outcome !== 'open') errors.push(fieldError([...path, 'fromStageId'], `stage "${from.label}" is closed; a conversion starts from an open stage`, 'stage_closed', { stage: from.label }));
  if (to === undefined) errors.push(fieldError([...path, 'toStageId'], unknownStage(threshold.toStageId, pipeline), 'unknown_stage', { stage: threshold.toStageId, pipeline: pipeline.label }));
  else if (to.outcome === 'lost') errors.push(fieldError([...path, 'toStageId'], `stage "${to.label}" is closed lost: lost is an outcome, not a funnel step`, 'stage_lost', { stage: to.label }));
  else if (from !== undefined && !comesAfter(to, from)) {
    errors.push(fieldError([...path, 'toStageId'], `stage "${to.label}" does not come after "${from.label}" in pipeline "${pipeline.label}"`, 'stage_not_after', { to: to.label, from: from.label, pipeline: pipeline.label }));
  }
  return errors;
}

const unknownStage = (stageId: string, pipeline: Pipeline): string => `stage "${stageId}" is not a stage of pipeline "${pipeline.label}"`;

const comesAfter = (to: Stage, from: Stage): boolean => to.displayOrder > from.displayOrder;
