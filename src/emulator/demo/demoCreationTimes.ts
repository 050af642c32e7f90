/**
 * When demo deals are created: over the two years before asOf with a steady upward trend
 * (the last day sees GROWTH more new deals than the first), so growth_rate has something to
 * show. `u` is the position in the window, 0 = two years ago, 1 = asOf; the trend continues
 * past 1 so that quotas for the quarter in progress can be planned.
 */
export const GROWTH = 0.3;

/** Share of all deals created before position u (u may exceed 1: the trend extrapolated). */
export function creationShare(u: number): number {
  const x = Math.max(0, u);
  return (x + (GROWTH * x * x) / 2) / (1 + GROWTH / 2);
}

/** Position of the deal at cumulative share p in [0, 1]: the inverse of creationShare. */
export function creationPosition(p: number): number {
  return (-1 + Math.sqrt(1 + 2 * GROWTH * p * (1 + GROWTH / 2))) / GROWTH;
}
