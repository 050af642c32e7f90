import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { MirrorBenchResult } from '../../../bench/mirror/mirrorBenchSize';
import type { MillionResult } from '../../../bench/mirror/millionMirror';
import type { BenchMachine } from '../../../bench/mirror/mirrorBenchTable';
import { mirrorBenchReport } from '../../../bench/mirror/mirrorBenchTable';
import type { CliIo } from '../cliIo';
import { CliError } from '../cliError';
import { parseAsOf, parseWholeNumber } from '../cliArgs';
import { LARGE_PORTAL_HEAP_MB } from '../../server/backendHeap';

/** `kpi bench --surfaces` with no sizes: what `npm run bench` runs (about 35 minutes here); the live calls shrink with size. */
export const SURFACES_BENCH_SIZES = '1000,10000,100000';
export const SURFACES_BENCH_MILLION = 1_000_000;

export interface MirrorBenchCliOptions {
  sizes: number[];
  asOf: string;
  json?: boolean;
  liveCalls?: string;
  latencyMs: string;
  million: string;
}

const BENCH_DIR = resolve(__dirname, '../../../bench/mirror');
/** The emulator and generator hold whole generated portals: room for them, as their peak is not measured. */
const BUILD_HEAP = '--max-old-space-size=4096';
/** The serving process runs as a backend for a portal this size is told to (src/server backendHeap). */
const SERVE_HEAP = `--max-old-space-size=${LARGE_PORTAL_HEAP_MB}`;

/** Runs one bench process; its progress goes to our stderr, its last stdout line is the answer. */
function child(script: string, args: readonly string[], what: string, heap: string): string {
  const run = spawnSync(process.execPath, ['--expose-gc', heap, '--require', require.resolve('tsx/cjs'), join(BENCH_DIR, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || line === '') throw new CliError(`mirror bench, ${what}: failed (exit ${run.status ?? run.signal}; its error is above)`);
  return line;
}

function millionRun(deals: number, asOf: number): MillionResult {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-mirror-1m-'));
  try {
    const buildMs = child('millionChild.ts', ['build', dir, String(deals), String(asOf)], `writing a ${deals}-deal mirror`, BUILD_HEAP);
    return JSON.parse(child('millionChild.ts', ['serve', dir, String(deals), String(asOf), buildMs], `serving the ${deals}-deal mirror`, SERVE_HEAP)) as MillionResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchMachine = (date: Date): BenchMachine => ({ cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.versions.node, date: date.toISOString() });

/** `kpi bench --surfaces [sizes]`: every surface live vs from the mirror per size, the sync's figures, and the 1M mirror. */
export function runMirrorBench(opts: MirrorBenchCliOptions, io: CliIo): void {
  const asOf = parseAsOf(opts.asOf);
  const { sizes } = opts;
  const latency = String(parseWholeNumber('--latency-ms', opts.latencyMs));
  const liveCalls = opts.liveCalls === undefined ? [] : [`--live-calls=${parseWholeNumber('--live-calls', opts.liveCalls, 1)}`];
  const million = parseWholeNumber('--million', opts.million);
  const results: MirrorBenchResult[] = [];
  for (const deals of sizes) {
    io.err(`kpi: bench the mirror at ${deals.toLocaleString('en-US')} deals…`);
    results.push(JSON.parse(child('mirrorBenchChild.ts', [String(deals), String(asOf), `--latency-ms=${latency}`, ...liveCalls], `${deals} deals`, BUILD_HEAP)) as MirrorBenchResult);
  }
  if (million > 0) io.err(`kpi: bench the mirror at ${million.toLocaleString('en-US')} deals…`);
  const big = million > 0 ? millionRun(million, asOf) : null;
  io.out(opts.json === true ? JSON.stringify({ machine: benchMachine(new Date()), results, million: big }) : mirrorBenchReport(benchMachine(new Date()), results, big));
}
