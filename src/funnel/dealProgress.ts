import type { Deal } from '../domain/portal';
import type { StepIndex } from './stepIndex';
import { readStepTimes } from './stepTimes';

/**
 * How far one deal went down the funnel (kpi-spec §5), written into `entered` (one slot per
 * step, reused across deals to avoid allocation) and returned as the furthest step reached.
 *
 * - entered[s] = entered(d, s): the earliest entry time among s and every later step the deal
 *   has (a deal that skipped s still passed it); Infinity when it has none.
 * - The result is the last step reached, -1 for none: skip-aware, reached(d, s) ⇔ result ≥ s.
 *   A won deal reached the won step even without a won-stage timestamp (its outcome says so);
 *   a lost deal reached up to the furthest open stage it entered. A deal whose outcome is
 *   unknown is read like an open one: nothing says it closed.
 */
export function readProgress(deal: Deal, index: StepIndex, entered: Float64Array): number {
  let furthest = readStepTimes(deal, index, entered);
  if (deal.outcome === 'won' && index.wonStep >= 0) furthest = index.wonStep;
  for (let s = entered.length - 2; s >= 0; s--) {
    const later = entered[s + 1] as number;
    if (later < (entered[s] as number)) entered[s] = later;
  }
  return furthest;
}

/** Closed deals are judged at once; only deals that may still move wait for maturity (kpi-spec §5). */
export const isClosed = (deal: Deal): boolean => deal.outcome === 'won' || deal.outcome === 'lost';
