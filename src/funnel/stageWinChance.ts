import type { Deal, Pipeline } from '../domain/portal';
import { buildStepIndex } from './stepIndex';
import { readProgress } from './dealProgress';
import { wilsonInterval } from './wilson';

export interface StageWinChance {
  stageId: string;
  /** Closed deals that reached the stage. */
  n: number;
  won: number;
  /** won / n; null when no closed deal reached the stage (unknown, not zero). */
  rate: number | null;
  ci: [number, number] | null;
}

/**
 * The historical chance that a deal in stage s goes on to win (kpi-spec §5, shown on the deal
 * card): of the closed deals of the pipeline that reached s (skip-aware, as in the funnel),
 * the share that won. Open deals have no outcome yet and do not count. The caller chooses
 * the history by the deals it passes. A stage that is not a funnel step (closed lost, or not
 * in the pipeline) has no chance to report: n = 0 and rate null.
 */
export function stageWinChance(pipeline: Pipeline, stageId: string, deals: readonly Deal[]): StageWinChance {
  const index = buildStepIndex(pipeline);
  const step = index.stepByStageId.get(stageId);
  let n = 0;
  let won = 0;
  if (step !== undefined) {
    const entered = new Float64Array(index.steps.length);
    for (const deal of deals) {
      if (deal.pipelineId !== index.pipelineId || (deal.outcome !== 'won' && deal.outcome !== 'lost')) continue;
      if (readProgress(deal, index, entered) < step) continue;
      n += 1;
      if (deal.outcome === 'won') won += 1;
    }
  }
  return { stageId, n, won, rate: n === 0 ? null : won / n, ci: n === 0 ? null : wilsonInterval(won, n) };
}
