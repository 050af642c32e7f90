import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import type { BenchRow } from '../../../bench/benchSize';
import { benchTable } from '../../../bench/benchTable';
import { CliError } from '../cliError';
import { parseAsOf, parseWholeNumber } from '../cliArgs';
import { SURFACES_BENCH_MILLION, SURFACES_BENCH_SIZES, runMirrorBench } from './benchMirror';

export interface BenchCliOptions {
  sizes: string;
  asOf: string;
  json?: boolean;
  /** `--emulator [deals]`: time the CRM loaders against a seeded emulator instead (bench/emulatorBench.ts). */
  emulator?: boolean | string;
  /** `--mirror [sizes]`: time the portal mirror's queries on SQLite and PostgreSQL instead (bench/mirrorBench.ts). */
  mirror?: boolean | string;
  /** `--surfaces [sizes]`: every surface live vs from the portal mirror instead (src/cli/commands/benchMirror.ts). */
  surfaces?: boolean | string;
  liveCalls?: string;
  latencyMs?: string;
  million?: string;
}

/** Portal sizes of the mirror bench when `--mirror` names none. */
export const MIRROR_BENCH_SIZES = '100000,1000000';
const MIRROR_CHILD = resolve(__dirname, '../../../bench/mirrorBench.ts');

/** Deals in the emulator bench's demo portal when `--emulator` names no count. */
export const EMULATOR_BENCH_DEALS = 100_000;
const EMULATOR_CHILD = resolve(__dirname, '../../../bench/emulatorBench.ts');

/** A fixed "now" mid-quarter, so bench runs compare across days; --as-of overrides it. */
export const BENCH_AS_OF = '2026-11-16T00:00:00Z';
const CHILD = resolve(__dirname, '../../../bench/benchChild.ts');
/** Room above the 1.5 GB target, so a miss is measured instead of crashing. */
const CHILD_HEAP_MB = 4096;

export function parseSizes(raw: string, option = '--sizes'): number[] {
  const sizes = raw.split(',').map((s) => parseWholeNumber(option, s.trim(), 1));
  if (sizes.length === 0) throw new CliError(`${option}: give at least one size`);
  return sizes;
}

/** Runs one size in a fresh Node process (its own peak memory) and reads its JSON line. */
export function benchInChild(deals: number, asOf: number): BenchRow {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`, '--require', require.resolve('tsx/cjs'), CHILD, String(deals), String(asOf)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    const why = child.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit ${child.status ?? child.signal}`;
    throw new CliError(`bench for ${deals} deals failed: ${why}`);
  }
  return JSON.parse(line) as BenchRow;
}

/** Runs bench/emulatorBench.ts in a fresh Node process and answers what it printed. */
export function emulatorBenchInChild(deals: number, asOf: number, json: boolean): string {
  const args = ['--require', require.resolve('tsx/cjs'), EMULATOR_CHILD, String(deals), `--as-of=${asOf}`, ...(json ? ['--json'] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    const why = child.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit ${child.status ?? child.signal}`;
    throw new CliError(`emulator bench for ${deals} deals failed: ${why}`);
  }
  return child.stdout.trim();
}

/** Runs bench/mirrorBench.ts in a fresh Node process (PostgreSQL from KPI_BENCH_DATABASE_URL) and answers what it printed. */
export function mirrorBenchInChild(sizes: readonly number[], json: boolean): string {
  const args = [`--max-old-space-size=${CHILD_HEAP_MB}`, '--require', require.resolve('tsx/cjs'), MIRROR_CHILD, sizes.join(','), ...(json ? ['--json'] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    const why = child.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit ${child.status ?? child.signal}`;
    throw new CliError(`mirror bench failed: ${why}`);
  }
  return child.stdout.trim();
}

type EmulatorRunner = (deals: number, asOf: number, json: boolean) => string;
type MirrorRunner = (sizes: readonly number[], json: boolean) => string;

/** `kpi bench`: parse, index and compute timings and peak memory per portal size; with --emulator, loader timings against the emulator. */
export function runBench(
  opts: BenchCliOptions,
  io: CliIo,
  runSize: (deals: number, asOf: number) => BenchRow = benchInChild,
  runEmulator: EmulatorRunner = emulatorBenchInChild,
  runMirror: MirrorRunner = mirrorBenchInChild,
): void {
  if (opts.surfaces !== undefined && opts.surfaces !== false) {
    const sizes = parseSizes(opts.surfaces === true ? SURFACES_BENCH_SIZES : opts.surfaces, '--surfaces');
    runMirrorBench({ ...opts, sizes, latencyMs: opts.latencyMs ?? '120', million: opts.million ?? String(SURFACES_BENCH_MILLION) }, io);
    return;
  }
  const asOf = parseAsOf(opts.asOf);
  if (opts.mirror !== undefined && opts.mirror !== false) {
    const sizes = parseSizes(opts.mirror === true ? MIRROR_BENCH_SIZES : opts.mirror);
    io.err(`kpi: bench the portal mirror's queries at ${sizes.map((n) => n.toLocaleString('en-US')).join(', ')} deals…`);
    io.out(runMirror(sizes, opts.json === true));
    return;
  }
  if (opts.emulator !== undefined && opts.emulator !== false) {
    const deals = opts.emulator === true ? EMULATOR_BENCH_DEALS : parseWholeNumber('--emulator', opts.emulator, 1);
    io.err(`kpi: bench the CRM loaders against an emulator with ${deals.toLocaleString('en-US')} deals…`);
    io.out(runEmulator(deals, asOf, opts.json === true));
    return;
  }
  const sizes = parseSizes(opts.sizes);
  const rows: BenchRow[] = [];
  for (const deals of sizes) {
    io.err(`kpi: bench ${deals.toLocaleString('en-US')} deals…`);
    rows.push(runSize(deals, asOf));
  }
  io.out(opts.json ? JSON.stringify(rows) : benchTable(rows));
}

export function registerBench(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description('time parse, index and compute (funnels for every pipeline × team and owner, every scorecard) per portal size')
    .option('--sizes <list>', 'comma-separated deal counts', '10000,100000,1000000')
    .option('--as-of <iso>', 'the demo portal’s “now”', BENCH_AS_OF)
    .option('--json', 'print the rows as JSON')
    .option('--emulator [deals]', `instead, time the CRM loaders against the emulator seeded with a demo portal (default ${EMULATOR_BENCH_DEALS} deals)`)
    .option('--mirror [sizes]', `instead, time the portal mirror's queries on SQLite and, with KPI_BENCH_DATABASE_URL, PostgreSQL (default ${MIRROR_BENCH_SIZES})`)
    .option('--surfaces [sizes]', `instead, every surface live vs from the portal mirror, emulator with HubSpot's limits (default sizes ${SURFACES_BENCH_SIZES}, then ${SURFACES_BENCH_MILLION.toLocaleString('en-US')} from the mirror alone)`)
    .option('--live-calls <n>', 'with --surfaces: live calls per surface (default 5 up to 2k deals, 2 up to 20k, 1 above: a live director scorecard at 100k takes minutes)')
    .option('--latency-ms <n>', 'with --surfaces: emulator latency per request', '120')
    .option('--million <deals>', 'with --surfaces: the mirror-only size (0 skips it)', String(SURFACES_BENCH_MILLION))
    .action((opts: BenchCliOptions) => runBench(opts, io));
}
