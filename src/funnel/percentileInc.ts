/**
 * A spreadsheet's PERCENTILE.INC (kpi-spec §5 stage aging): the value at rank p·(n − 1) of
 * the sorted values, interpolating linearly between neighbours. Matching the spreadsheet lets
 * a sales-operations lead check the stalled line by hand. Null for no values, because the
 * percentile of nothing is unknown, not zero.
 */
export function percentileInc(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (rank - below) * (upper - lower);
}
