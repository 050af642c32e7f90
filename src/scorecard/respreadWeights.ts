/**
 * The weights of the KPIs that have data, re-spread to 100 in exact proportion to their
 * configured weights (kpi-spec §6 "Total"; docs/kpis.md "Weights"). Not rounded: rounding to
 * whole points would let two KPIs an admin weighted equally carry different weights, and move
 * a total by up to a point across a grade line. All-zero (or empty) weights give all zeros:
 * there is nothing to spread over.
 */
export function respreadWeights(weights: readonly number[], total = 100): number[] {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  return weights.map((w) => (w * total) / sum);
}
