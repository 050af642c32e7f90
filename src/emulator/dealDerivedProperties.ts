import type { HubSpotPipeline, HubSpotPipelineStage } from '../domain/snapshot';
import { hasValue } from './storedObject';

type Outcome = 'open' | 'won' | 'lost';

/**
 * What HubSpot calculates when a deal is written: entering a stage stamps
 * `hs_v2_date_entered_<stage>` (and the legacy `hs_date_entered_<stage>`), leaving one
 * stamps `hs_v2_date_exited_<stage>` and the time spent in it, and the closed/won flags and stage probability follow
 * the stage's metadata (kpi-spec §2: won when closed with probability 1.0). The amount in
 * home currency equals the amount in this single-currency portal.
 *
 * The close date moves to the write's instant when a deal enters a closed-won stage from a
 * stage that is not won, or a closed-lost stage from one that is not lost, unless the same
 * write sets the close date itself; won to won and lost to lost keep it (HubSpot's
 * knowledge base, "HubSpot's default deal properties", Close date).
 */
export function dealDerivedProperties(
  pipelines: readonly HubSpotPipeline[],
  before: Record<string, string>,
  after: Record<string, string>,
  atIso: string,
  written: Readonly<Record<string, string>> = after,
): Record<string, string> {
  const next = { ...after };
  if (after.amount !== before.amount) next.amount_in_home_currency = after.amount ?? '';
  const stageId = after.dealstage;
  if (!hasValue(stageId) || stageId === before.dealstage) return next;
  const stage = stageOf(pipelines, stageId, after.pipeline);
  if (stage === undefined) return next;
  if (!hasValue(next.pipeline)) next.pipeline = stage.pipelineId;
  if (hasValue(before.dealstage)) Object.assign(next, leftStage(before, before.dealstage, atIso));
  next[`hs_v2_date_entered_${stageId}`] = atIso;
  next[`hs_date_entered_${stageId}`] = atIso;
  const outcome = outcomeOf(stage.stage);
  next.hs_is_closed = String(outcome !== 'open');
  next.hs_is_closed_won = String(outcome === 'won');
  const probability = Number(stage.stage.metadata.probability);
  if (Number.isFinite(probability)) next.hs_deal_stage_probability = String(probability);
  const previous = hasValue(before.dealstage) ? stageOf(pipelines, before.dealstage, before.pipeline) : undefined;
  const was: Outcome = previous === undefined ? 'open' : outcomeOf(previous.stage);
  if (outcome !== 'open' && outcome !== was && !('closedate' in written)) next.closedate = atIso;
  return next;
}

/**
 * Leaving a stage stamps its exit and how long the deal stayed: the latest stay and the sum
 * of every stay, in milliseconds (design.md, HubSpot facts: stage history).
 */
function leftStage(before: Record<string, string>, stageId: string, atIso: string): Record<string, string> {
  const stamps: Record<string, string> = { [`hs_v2_date_exited_${stageId}`]: atIso };
  const entered = Date.parse(before[`hs_v2_date_entered_${stageId}`] ?? '');
  if (!Number.isFinite(entered)) return stamps;
  const stay = Math.max(0, Date.parse(atIso) - entered);
  const earlier = Number(before[`hs_v2_cumulative_time_in_${stageId}`] ?? 0);
  stamps[`hs_v2_latest_time_in_${stageId}`] = String(stay);
  stamps[`hs_v2_cumulative_time_in_${stageId}`] = String((Number.isFinite(earlier) ? earlier : 0) + stay);
  return stamps;
}

function stageOf(pipelines: readonly HubSpotPipeline[], stageId: string, pipelineId: string | undefined): { stage: HubSpotPipelineStage; pipelineId: string } | undefined {
  const pipeline = pipelines.find((p) => p.id === pipelineId && p.stages.some((s) => s.id === stageId)) ?? pipelines.find((p) => p.stages.some((s) => s.id === stageId));
  const stage = pipeline?.stages.find((s) => s.id === stageId);
  return pipeline === undefined || stage === undefined ? undefined : { stage, pipelineId: pipeline.id };
}

function outcomeOf(stage: HubSpotPipelineStage): Outcome {
  if (stage.metadata.isClosed !== 'true') return 'open';
  return Number(stage.metadata.probability) === 1 ? 'won' : 'lost';
}
