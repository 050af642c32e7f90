import { respreadWeights } from './respreadWeights';

export interface WeighRow {
  /** The template's weight (integers summing to 100 across the template). */
  weight: number;
  /** null: the KPI has no score and drops out. */
  score: number | null;
}

export interface Weighed {
  /** The weight each row actually carries, in row order: exact shares summing to 100, 0 when dropped. */
  applied: number[];
  /** Σ applied × score / 100; null when no weighted KPI has a score. */
  total: number | null;
}

/**
 * The scorecard total of kpi-spec §6: Σ weight × score / 100 over the KPIs that have a score,
 * their weights re-spread to 100 in exact proportion (kpi-spec §2: a KPI without data drops
 * out and its weight goes to the others). The total is computed from the configured weights
 * (Σ w × score / Σ w), which equals the sum over the applied weights without their rounding
 * error. A KPI weighted 0 never carries weight; when only such KPIs have scores there is
 * nothing to weigh and the total is null.
 */
export function weighScorecard(rows: readonly WeighRow[]): Weighed {
  const counted = rows.map((row) => (row.score !== null && row.weight > 0 ? row.weight : 0));
  const applied = respreadWeights(counted);
  const sum = counted.reduce((acc, w) => acc + w, 0);
  if (sum === 0) return { applied, total: null };
  const total = rows.reduce((acc, row, i) => acc + (counted[i] ?? 0) * (row.score ?? 0), 0) / sum;
  return { applied, total };
}
