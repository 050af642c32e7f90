import { LARGE_PORTAL_HEAP_MB } from '../../src/server/backendHeap';
import { formatTable } from '../../src/cli/formatTable';
import type { SurfaceRow } from './benchSurfaces';
import type { MirrorBenchResult } from './mirrorBenchSize';
import { MIRROR_TARGETS, surfaceMeetsTarget, syncVerdicts } from './mirrorTargets';
import type { MillionResult } from './millionMirror';

/** Where and when the figures were measured: they are wall clock, and mean nothing without the machine. */
export interface BenchMachine {
  cpus: number;
  memoryGb: number;
  node: string;
  date: string;
}

const ms = (v: number): string => (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));
const s = (v: number): string => `${(v / 1000).toFixed(1)} s`;
const n = (v: number): string => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(1));
const verdict = (ok: boolean): string => (ok ? 'yes' : 'NO');
/** The target applies at 100k deals; at smaller sizes it is shown for reference. */
const TARGET_SIZE = 100_000;

function requestsCell(row: SurfaceRow): string {
  return row.searches === row.requests ? n(row.requests) : `${n(row.requests)} (${n(row.searches)} search)`;
}

function failuresCell(row: SurfaceRow): string {
  return row.failures.length === 0 ? '' : ` ${row.failures.length} failed: ${[...new Set(row.failures)].join(',')}`;
}

export function surfaceTable(result: MirrorBenchResult): string {
  const names = [...new Set(result.surfaces.map((r) => r.surface))];
  const body = names.map((name) => {
    const live = result.surfaces.find((r) => r.surface === name && r.mode === 'live');
    const mirror = result.surfaces.find((r) => r.surface === name && r.mode === 'mirror');
    if (live === undefined || mirror === undefined) throw new Error(`${name}: live and mirror rows are both needed`);
    return [
      name,
      String(live.calls),
      requestsCell(live),
      ms(live.p50Ms),
      ms(live.p95Ms) + failuresCell(live),
      String(mirror.calls),
      requestsCell(mirror),
      mirror.firstMs === null ? '' : ms(mirror.firstMs),
      ms(mirror.p50Ms),
      ms(mirror.p95Ms) + failuresCell(mirror),
      `${Math.round(live.p95Ms / Math.max(mirror.p95Ms, 0.1)).toLocaleString('en-US')}×`,
      result.deals >= TARGET_SIZE ? verdict(surfaceMeetsTarget(mirror, MIRROR_TARGETS.surfaceP95Ms)) : '',
    ];
  });
  const naive = result.sync.naiveRead;
  body.push(['naive read of the whole portal (live)', '1', n(naive.requests), ms(naive.ms), ms(naive.ms), '', '', '', '', '', '', '']);
  return formatTable(
    ['surface', 'live calls', 'live requests', 'live p50 ms', 'live p95 ms', 'mirror calls', 'mirror requests', 'mirror first ms', 'mirror p50 ms', 'mirror p95 ms', 'live/mirror p95', 'target met'],
    body,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

export function syncTable(result: MirrorBenchResult): string {
  const { sync } = result;
  const ok = syncVerdicts(sync);
  const b = sync.backfill;
  const rows = [
    ['backfill (first start)', `${n(b.requests)} (${n(b.searches)} search, ${b.rateLimited} × 429)`, `${s(b.ms)}; floor ${s(b.floorMs)} = ${(b.ms / b.floorMs).toFixed(2)}×`, `≤ ${MIRROR_TARGETS.backfillOverFloor}× floor`, verdict(ok.backfill)],
    ['mirror read into memory after it (index)', n(sync.firstRead.requests), s(sync.firstRead.ms), '', ''],
    ['idle sync cycle', n(sync.idleCycle.requests), s(sync.idleCycle.ms), `≤ ${MIRROR_TARGETS.idleCycleRequests} requests`, verdict(ok.idleCycle)],
    [`cycle after ${n(sync.changedCycle.changed)} changed deals`, n(sync.changedCycle.requests), s(sync.changedCycle.ms), `≤ ${MIRROR_TARGETS.changedCycleRequests} requests`, verdict(ok.changedCycle)],
    [`${sync.concurrent.loads} concurrent rep scorecards (mirror)`, `${n(sync.concurrent.requests)} (${n(sync.concurrent.searches)} search)`, `p50 ${ms(sync.concurrent.p50Ms)} ms, p95 ${ms(sync.concurrent.p95Ms)} ms`, `p95 ≤ ${MIRROR_TARGETS.concurrentP95Ms} ms`, verdict(ok.concurrent)],
  ];
  return formatTable(['sync step', 'HubSpot requests', 'wall time', 'target', 'met'], rows, ['left', 'right', 'right', 'left', 'left']);
}

export function millionTable(result: MillionResult): string {
  const rows = result.surfaces.map((r) => [r.surface, String(r.calls), requestsCell(r), r.firstMs === null ? '' : ms(r.firstMs), ms(r.p50Ms), ms(r.p95Ms) + failuresCell(r), verdict(surfaceMeetsTarget(r, MIRROR_TARGETS.millionSurfaceP95Ms))]);
  rows.push(['mirror read into memory after a restart (index)', '1', n(result.firstRead.requests), '', ms(result.firstRead.ms), ms(result.firstRead.ms), '']);
  const table = formatTable(['surface (mirror)', 'calls', 'requests', 'first ms', 'p50 ms', 'p95 ms', 'target met'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left']);
  const rss = `peak RSS of the serving process (heap limit ${LARGE_PORTAL_HEAP_MB} MB, as a backend of this size runs) ${n(result.peakRssMb)} MB (target < ${MIRROR_TARGETS.millionPeakRssMb} MB): ${verdict(result.peakRssMb < MIRROR_TARGETS.millionPeakRssMb)}; heap held after the first read ${n(result.heldHeapMb)} MB`;
  return `${table}\n${rss}; mirror written from a generated snapshot in ${s(result.buildMs)} (not seeded in the emulator)`;
}

export function machineLine(m: BenchMachine): string {
  return `machine: ${m.cpus} CPUs, ${m.memoryGb} GB memory, Node ${m.node}; measured ${m.date}; wall clock, so other load on the machine inflates it`;
}

export function mirrorBenchReport(machine: BenchMachine, results: readonly MirrorBenchResult[], million: MillionResult | null): string {
  const parts = [machineLine(machine)];
  for (const r of results) {
    const setting = `emulator with HubSpot's limits ${r.limits ? 'on (real time)' : 'off'}, ${r.latencyMs} ms latency per request`;
    parts.push(`\n${r.deals.toLocaleString('en-US')} deals — ${setting}\n${surfaceTable(r)}\n${syncTable(r)}`);
  }
  if (million !== null) parts.push(`\n${million.deals.toLocaleString('en-US')} deals — mirror only, emulator without latency or limits\n${millionTable(million)}`);
  parts.push(`\ntargets: from the mirror at ${TARGET_SIZE.toLocaleString('en-US')} deals every surface p95 ≤ ${MIRROR_TARGETS.surfaceP95Ms} ms with 0 searches (deal card ≤ ${MIRROR_TARGETS.dealCardRequests} request); at 1M ≤ ${MIRROR_TARGETS.millionSurfaceP95Ms} ms`);
  return parts.join('\n');
}
