import type { Bounds } from '../../src/domain/period';
import type { Deal, Pipeline } from '../../src/domain/portal';
import { DAY } from './fixtures';

/**
 * kpi-spec §5 written out literally and slowly, one definition per function, as an oracle for
 * the property tests. It shares no code with src/funnel: the steps are rebuilt from the stages.
 */
interface Funnel {
  /** Stage ids of each step, in funnel order; the won stages together are the last step. */
  steps: string[][];
  hasWonStep: boolean;
}

function funnelOf(pipeline: Pipeline): Funnel {
  const sorted = [...pipeline.stages].sort((a, b) => a.displayOrder - b.displayOrder);
  const open = sorted.filter((s) => s.outcome === 'open').map((s) => [s.id]);
  const won = sorted.filter((s) => s.outcome === 'won').map((s) => s.id);
  return { steps: won.length > 0 ? [...open, won] : open, hasWonStep: won.length > 0 };
}

/** The deal's entry times of step j. Only a won deal reached won, so only its won times exist. */
function timesOf(deal: Deal, f: Funnel, j: number): number[] {
  const isWonStep = f.hasWonStep && j === f.steps.length - 1;
  if (isWonStep && deal.outcome !== 'won') return [];
  const times: number[] = [];
  for (const id of f.steps[j] ?? []) {
    const t = deal.stageEnteredAt[id];
    if (t !== undefined) times.push(t);
  }
  return times;
}

/** reached(d, s): a timestamp for s or any later step; a won deal reached every step. */
function reached(deal: Deal, f: Funnel, s: number): boolean {
  if (deal.outcome === 'won' && f.hasWonStep) return true;
  for (let j = s; j < f.steps.length; j++) if (timesOf(deal, f, j).length > 0) return true;
  return false;
}

/** entered(d, s): the earliest entry among s and every later step. */
function entered(deal: Deal, f: Funnel, s: number): number | null {
  const all: number[] = [];
  for (let j = s; j < f.steps.length; j++) all.push(...timesOf(deal, f, j));
  return all.length === 0 ? null : Math.min(...all);
}

export interface ReferencePair {
  entered: number;
  converted: number;
}

export function referenceFunnel(pipeline: Pipeline, deals: readonly Deal[], bounds: Bounds, now: number, maturityDays: number): ReferencePair[] {
  const f = funnelOf(pipeline);
  const pairs: ReferencePair[] = [];
  for (let s = 0; s + 1 < f.steps.length; s++) {
    let n = 0;
    let c = 0;
    for (const deal of deals) {
      if (deal.pipelineId !== pipeline.id) continue;
      const e = entered(deal, f, s);
      if (e === null || e < bounds.start || e >= bounds.end) continue;
      const converted = reached(deal, f, s + 1);
      const mayStillMove = deal.outcome !== 'won' && deal.outcome !== 'lost';
      if (!converted && mayStillMove && now - e < maturityDays * DAY) continue;
      n += 1;
      if (converted) c += 1;
    }
    pairs.push({ entered: n, converted: c });
  }
  return pairs;
}
