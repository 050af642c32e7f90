import type { HubSpotPipeline } from '../domain/snapshot';
import { hasValue } from './storedObject';

/**
 * What HubSpot calculates when a deal is written: entering a stage stamps
 * `hs_v2_date_entered_<stage>` (and the legacy `hs_date_entered_<stage>`), leaving one
 * stamps `hs_v2_date_exited_<stage>`, and the closed/won flags and stage probability follow
 * the stage's metadata (kpi-spec §2: won when closed with probability 1.0). The amount in
 * home currency equals the amount in this single-currency portal.
 */
export function dealDerivedProperties(
  pipelines: readonly HubSpotPipeline[],
  before: Record<string, string>,
  after: Record<string, string>,
  atIso: string,
): Record<string, string> {
  const next = { ...after };
  if (after.amount !== before.amount) next.amount_in_home_currency = after.amount ?? '';
  const stageId = after.dealstage;
  if (!hasValue(stageId) || stageId === before.dealstage) return next;
  const pipeline = pipelines.find((p) => p.id === after.pipeline && p.stages.some((s) => s.id === stageId))
    ?? pipelines.find((p) => p.stages.some((s) => s.id === stageId));
  const stage = pipeline?.stages.find((s) => s.id === stageId);
  if (pipeline === undefined || stage === undefined) return next;
  if (!hasValue(next.pipeline)) next.pipeline = pipeline.id;
  if (hasValue(before.dealstage)) next[`hs_v2_date_exited_${before.dealstage}`] = atIso;
  next[`hs_v2_date_entered_${stageId}`] = atIso;
  next[`hs_date_entered_${stageId}`] = atIso;
  const closed = stage.metadata.isClosed === 'true';
  const probability = Number(stage.metadata.probability);
  next.hs_is_closed = String(closed);
  next.hs_is_closed_won = String(closed && probability === 1);
  if (Number.isFinite(probability)) next.hs_deal_stage_probability = String(probability);
  return next;
}
