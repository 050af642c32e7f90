import type { BenchRow } from './benchSize';
import { formatTable } from '../src/cli/formatTable';

/** The targets for a 1M-deal portal: compute under 2 s, peak memory under 1.5 GB. */
export const TARGET = { deals: 1_000_000, computeMs: 2000, peakRssMb: 1536 } as const;

const ms = (v: number): string => Math.round(v).toLocaleString('en-US');

export function meetsTarget(row: BenchRow): boolean {
  return row.computeMs < TARGET.computeMs && row.peakRssMb < TARGET.peakRssMb;
}

export function benchTable(rows: readonly BenchRow[]): string {
  const body = rows.map((r) => [
    r.deals.toLocaleString('en-US'),
    ms(r.validateMs),
    ms(r.parseMs),
    ms(r.indexMs),
    ms(r.computeMs),
    ms(r.computeCpuMs),
    ms(r.explainMs),
    ms(r.segmentsMs),
    ms(r.peakRssMb),
    `${r.counts.funnels}/${r.counts.scorecards}`,
    r.deals === TARGET.deals ? (meetsTarget(r) ? 'yes' : 'NO') : '',
  ]);
  const table = formatTable(
    ['deals', 'validate ms', 'parse ms', 'index ms', 'compute ms', 'compute cpu ms', 'drill-down ms', 'segments ms', 'peak RSS MB', 'funnels/cards', 'target met'],
    body,
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  return `${table}\ntarget for ${TARGET.deals.toLocaleString('en-US')} deals: compute < ${TARGET.computeMs} ms and peak RSS < ${TARGET.peakRssMb} MB (1.5 GB); times are wall clock, so other load on the machine inflates them (compute cpu ms does not wait)`;
}
