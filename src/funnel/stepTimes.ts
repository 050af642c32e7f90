import type { Deal } from '../domain/portal';
import type { StepIndex } from './stepIndex';

/**
 * The deal's own entry time of each step, written into `out` (Infinity where it has none):
 * the earliest of the step's stages, since several won stages are one step. A won-stage
 * timestamp counts only for a deal that is won: a lost or re-opened deal did not reach won
 * (kpi-spec §5), and closed-lost stages are not steps. Returns the furthest step with a
 * time, -1 for none.
 */
export function readStepTimes(deal: Deal, index: StepIndex, out: Float64Array): number {
  const won = deal.outcome === 'won';
  const times = deal.stageEnteredAt;
  out.fill(Infinity);
  let furthest = -1;
  for (let k = 0; k < index.stageIds.length; k++) {
    const step = index.stepOf[k] as number;
    if (step === index.wonStep && !won) continue;
    const at = times[index.stageIds[k] as string];
    if (at === undefined || !Number.isFinite(at)) continue;
    if (at < (out[step] as number)) out[step] = at;
    if (step > furthest) furthest = step;
  }
  return furthest;
}
