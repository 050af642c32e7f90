import type { FunnelStep } from '../funnel/funnelSteps';
import type { PairConversion } from '../funnel/pairConversion';
import type { FunnelPair } from './contracts/funnelHealth';

/** A pair of step ids as the card shows it, with the steps' labels (a won step lists its won stages). */
export function funnelPairDto(pair: PairConversion, steps: readonly FunnelStep[]): FunnelPair {
  const label = (id: string) => steps.find((s) => s.id === id)?.label ?? id;
  return { ...pair, fromLabel: label(pair.from), toLabel: label(pair.to) };
}

/**
 * How far a group's funnel falls under its thresholds (reps sorted by worst gap):
 * the largest threshold − rate among pairs with at least `minSample` deals that are below
 * their threshold; null when none is (too few deals say nothing, kpi-spec §5).
 */
export function worstGap(pairs: readonly PairConversion[], minSample: number): number | null {
  let worst: number | null = null;
  for (const p of pairs) {
    if (p.rate === null || p.entered < minSample || p.rate >= p.threshold) continue;
    const gap = p.threshold - p.rate;
    if (worst === null || gap > worst) worst = gap;
  }
  return worst;
}

/** Worst gap first; reps with no gap after, in the order given. */
export function byWorstGap<T extends { worstGap: number | null }>(a: T, b: T): number {
  return (b.worstGap ?? -Infinity) - (a.worstGap ?? -Infinity);
}
