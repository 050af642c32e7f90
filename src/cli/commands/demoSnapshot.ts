import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { generateDemoSnapshot } from '../../emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../emulator/demo/demoSettings';
import { parseAsOf, parseWholeNumber, todayUtcMidnight } from '../cliArgs';
import { writeSnapshotFile } from '../writeSnapshotFile';

export interface DemoSnapshotCliOptions {
  deals: string;
  seed: string;
  out: string;
  asOf?: string;
  settingsOut?: string;
}

/**
 * `kpi demo-snapshot`: writes a generated demo portal. Without --as-of the demo ends today at
 * 00:00 UTC (read from the clock here, at the edge), so one day's runs agree.
 */
export function runDemoSnapshot(opts: DemoSnapshotCliOptions, io: CliIo, clock: () => number = Date.now): void {
  const deals = parseWholeNumber('--deals', opts.deals);
  const seed = parseWholeNumber('--seed', opts.seed);
  const asOf = opts.asOf === undefined ? todayUtcMidnight(clock) : parseAsOf(opts.asOf);
  const snapshot = generateDemoSnapshot({ deals, seed, asOf });
  writeSnapshotFile(opts.out, snapshot);
  if (opts.settingsOut) writeFileSync(opts.settingsOut, `${JSON.stringify(demoSettings(), null, 2)}\n`);
  io.err(`kpi: wrote ${opts.out}: ${deals} deals, ${snapshot.owners.length} owners, as of ${new Date(asOf).toISOString()}`);
}

export function registerDemoSnapshot(program: Command, io: CliIo): void {
  program
    .command('demo-snapshot')
    .description('write a generated demo portal snapshot (deterministic for deals, seed and as-of)')
    .requiredOption('--deals <n>', 'number of deals')
    .requiredOption('--seed <s>', 'random seed (whole number)')
    .requiredOption('--out <file>', 'where to write the snapshot JSON')
    .option('--as-of <iso>', 'the demo’s “now” (default: today 00:00 UTC)')
    .option('--settings-out <file>', 'also write settings naming the demo’s managers, director and admin')
    .action((opts: DemoSnapshotCliOptions) => runDemoSnapshot(opts, io));
}
