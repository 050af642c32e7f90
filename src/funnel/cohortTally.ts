import type { Bounds } from '../domain/period';

/** Milliseconds in a day: maturity and stage aging count elapsed time, not calendar days. */
export const DAY_MS = 86_400_000;

/** Per-pair counters of a cohort: entered[i] and converted[i] for steps i → i + 1. */
export interface CohortTally {
  entered: Int32Array;
  converted: Int32Array;
}

export const newTally = (pairs: number): CohortTally => ({
  entered: new Int32Array(Math.max(0, pairs)),
  converted: new Int32Array(Math.max(0, pairs)),
});

/** The period and maturity rule a tally applies (kpi-spec §5 cohort conversion and maturity). */
export interface CohortWindow {
  bounds: Bounds;
  now: number;
  maturityMs: number;
}

/**
 * Counts one deal into every pair whose cohort it belongs to: entered(d, s) in the period.
 * It converted when it reached t. Maturity: a deal that may still move (not closed) and has
 * not reached t yet, but entered s less than maturityDays ago, would look like a failure
 * only because it is young, so it is left out of both counts. Closed deals always count.
 */
export function tallyDeal(tally: CohortTally, entered: Float64Array, furthest: number, closed: boolean, window: CohortWindow): void {
  const { start, end } = window.bounds;
  const pairs = tally.entered.length;
  for (let s = 0; s < pairs; s++) {
    const at = entered[s] as number;
    // entered(d, s) never decreases down the funnel, so once past the period nothing later is in it.
    if (at >= end) return;
    if (at < start) continue;
    const reached = furthest > s;
    if (!reached && !closed && window.now - at < window.maturityMs) continue;
    tally.entered[s] = (tally.entered[s] as number) + 1;
    if (reached) tally.converted[s] = (tally.converted[s] as number) + 1;
  }
}
