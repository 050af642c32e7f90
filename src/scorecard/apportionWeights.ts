/**
 * Whole-number weights that sum to exactly `total`, in proportion to `weights` (the largest
 * remainder method, Hamilton's). Used to re-spread a scorecard's weights over the KPIs that
 * have data (kpi-spec §6) so that the card's weights add up to 100 as an admin expects.
 * Each result is the floor or the ceiling of its exact share; ties in the remainder go to the
 * larger original weight, then to the earlier entry, so the result is deterministic.
 * All-zero (or empty) weights give all zeros: there is nothing to spread over.
 */
export function apportionWeights(weights: readonly number[], total = 100): number[] {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const applied = weights.map((w) => Math.floor((w * total) / sum));
  let left = total - applied.reduce((acc, w) => acc + w, 0);
  // The remainder as w × total − floor × sum (its numerator over `sum`): exact for whole weights,
  // so equal shares tie exactly and the tie rule, not rounding noise, decides.
  const order = weights
    .map((weight, i) => ({ i, remainder: weight * total - (applied[i] ?? 0) * sum, weight }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    applied[i] = (applied[i] ?? 0) + 1;
    left -= 1;
  }
  return applied;
}
