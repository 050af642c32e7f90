/** z for a two-sided 95% interval (kpi-spec §5 "Confidence"). */
export const Z95 = 1.959964;

/**
 * The 95% Wilson score interval of a proportion (kpi-spec §5). Chosen over the textbook
 * normal interval because funnel samples are small and rates sit near 0 or 1, where the
 * normal interval leaves [0, 1] and collapses to a point at 0/n or n/n.
 *
 * With n = 0 nothing is known, so the interval is the whole [0, 1]; callers that report
 * "no data" (funnelConversion) show null instead. The result is clamped so that rounding can
 * never put the observed rate outside its own interval.
 */
export function wilsonInterval(successes: number, n: number): [number, number] {
  if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || n < 0 || successes > n) {
    throw new RangeError(`wilsonInterval needs whole numbers 0 ≤ successes ≤ n, got ${successes}/${n}`);
  }
  if (n === 0) return [0, 1];
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const lo = successes === 0 ? 0 : Math.max(0, Math.min(p, centre - half));
  const hi = successes === n ? 1 : Math.min(1, Math.max(p, centre + half));
  return [lo, hi];
}
