import type { SettingsContextDto } from '../../../src/handlers/contracts/settings';

export interface StagePair {
  from: { id: string; label: string };
  to: { id: string; label: string };
  /** Which default threshold applies (kpi-spec §8): first pair, last open stage → won, or middle. */
  position: 'first' | 'middle' | 'lastToWon';
}

/**
 * The funnel's steps (kpi-spec §5): open stages in display order, then closed won; closed lost
 * is an outcome, not a step. When the context does not say which stages are closed, every
 * stage is taken as a step in the order given.
 */
export function funnelPairs(pipeline: SettingsContextDto['pipelines'][number]): StagePair[] {
  const known = pipeline.stages.some((s) => s.outcome !== undefined);
  const open = known ? pipeline.stages.filter((s) => s.outcome === 'open') : pipeline.stages;
  const won = known ? pipeline.stages.filter((s) => s.outcome === 'won').slice(0, 1) : [];
  const steps = [...open, ...won];
  const pairs: StagePair[] = [];
  for (let i = 0; i + 1 < steps.length; i++) {
    const from = steps[i];
    const to = steps[i + 1];
    if (from === undefined || to === undefined) continue;
    const last = i + 2 === steps.length;
    pairs.push({ from, to, position: i === 0 ? 'first' : last && won.length > 0 ? 'lastToWon' : 'middle' });
  }
  return pairs;
}
