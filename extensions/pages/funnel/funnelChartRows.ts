import type { FunnelPair } from '../../../src/handlers/contracts/funnelHealth';

export interface FunnelChartRow {
  [key: string]: string | number;
  pair: string;
  series: string;
  percent: number;
}

/**
 * Bars for one team's funnel: each stage pair's conversion next to its threshold, in
 * percent. A pair with no rate yet (no deals entered) gets no conversion bar rather than a
 * zero one (kpi-spec §2).
 */
export function funnelChartRows(pairs: FunnelPair[], labels: { conversion: string; threshold: string }): FunnelChartRow[] {
  return pairs.flatMap((p) => {
    const pair = `${p.fromLabel} → ${p.toLabel}`;
    const threshold = { pair, series: labels.threshold, percent: round1(p.threshold * 100) };
    return p.rate === null ? [threshold] : [{ pair, series: labels.conversion, percent: round1(p.rate * 100) }, threshold];
  });
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
