import type { ManualScore } from '../domain/portal';
import type { Settings } from '../settings/settingsSchema';

type Weights = Settings['evaluation360'];
const WEIGHTED = ['self', 'manager', 'customer'] as const;

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * One owner's score for one manual KPI from the scores entered for it (kpi-spec §6, 360
 * evaluation). A score entered without a source is the score itself (several: their mean).
 * Otherwise the self / manager / customer scores (each source's mean) are combined with the
 * settings' weights, re-spread over the sources present — with only the manager's and the
 * customer's scores and weights 0.3/0.5/0.2 they count 5/7 and 2/7. Peer scores have no
 * weight in the settings: they are used only when nothing else was entered (their mean).
 * No scores → null (unknown, never 0).
 */
export function combine360(scores: readonly Pick<ManualScore, 'score' | 'source'>[], weights: Weights): number | null {
  const direct = mean(scores.filter((s) => s.source === undefined).map((s) => s.score));
  if (direct !== null) return direct;
  let weighted = 0;
  let weightSum = 0;
  const sourceMeans: number[] = [];
  for (const source of WEIGHTED) {
    const m = mean(scores.filter((s) => s.source === source).map((s) => s.score));
    if (m === null) continue;
    sourceMeans.push(m);
    weighted += weights[source] * m;
    weightSum += weights[source];
  }
  if (weightSum > 0) return weighted / weightSum;
  if (sourceMeans.length > 0) return mean(sourceMeans);
  return mean(scores.filter((s) => s.source === 'peer').map((s) => s.score));
}
