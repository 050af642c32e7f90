export type Severity = 'ok' | 'info' | 'warning' | 'critical';

/**
 * How worried a manager should be about one pair (kpi-spec §5 threshold alert). Too few deals
 * say nothing either way, so n < minSample is `info` whatever the rate. With enough deals,
 * `critical` needs the whole 95% interval below the threshold (the shortfall is not chance);
 * a rate below it whose interval still reaches it is a `warning`.
 */
export function pairSeverity(
  n: number,
  rate: number | null,
  ci: readonly [number, number] | null,
  threshold: number,
  minSample: number,
): Severity {
  if (n < minSample || n === 0 || rate === null || ci === null) return 'info';
  if (ci[1] < threshold) return 'critical';
  if (rate < threshold) return 'warning';
  return 'ok';
}
