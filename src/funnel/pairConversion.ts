import type { Severity } from './pairSeverity';
import { pairSeverity } from './pairSeverity';
import { wilsonInterval } from './wilson';

/**
 * The cohort conversion of one step pair (kpi-spec §5): of the deals that entered `from` in
 * the period (young open deals left out), how many reached `to`. from/to are step ids.
 */
export interface PairConversion {
  from: string;
  to: string;
  entered: number;
  converted: number;
  /** converted / entered; null when no deal entered (unknown, not zero). */
  rate: number | null;
  /** 95% Wilson interval of the rate; null when no deal entered. */
  ci: [number, number] | null;
  threshold: number;
  severity: Severity;
}

export function toPairConversion(
  from: string,
  to: string,
  entered: number,
  converted: number,
  threshold: number,
  minSample: number,
): PairConversion {
  const rate = entered === 0 ? null : converted / entered;
  const ci = entered === 0 ? null : wilsonInterval(converted, entered);
  return { from, to, entered, converted, rate, ci, threshold, severity: pairSeverity(entered, rate, ci, threshold, minSample) };
}
