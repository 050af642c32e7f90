import type { FunnelHealthOutput } from '../../../src/handlers/contracts/funnelHealth';

type Rep = FunnelHealthOutput['reps'][number];

/**
 * The reps table order: largest shortfall below a threshold first; reps with no gap (null:
 * nothing below threshold with enough deals) last, then by name for a stable table.
 */
export function repsByGap(reps: Rep[]): Rep[] {
  return [...reps].sort((a, b) => {
    if (a.worstGap === null || b.worstGap === null) {
      if (a.worstGap !== b.worstGap) return a.worstGap === null ? 1 : -1;
    } else if (a.worstGap !== b.worstGap) {
      return b.worstGap - a.worstGap;
    }
    return a.name.localeCompare(b.name);
  });
}

/** Pairs of a rep that are below threshold with enough deals (warning or critical). */
export function pairsBelow(rep: Rep): Rep['pairs'] {
  return rep.pairs.filter((p) => p.severity === 'warning' || p.severity === 'critical');
}
