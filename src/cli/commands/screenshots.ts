import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { CliIo } from '../cliIo';
import { loadOrGenerateDemoSnapshot } from '../../preview/demoSnapshotCache';
import { takeScreenshots } from '../../preview/takeScreenshots';
import { parseWholeNumber, todayUtcMidnight } from '../cliArgs';
import { CliError } from '../cliError';

export interface ScreenshotsCliOptions {
  out: string;
  deals: string;
  seed: string;
  cacheDir: string;
  chromium: string;
}

/** `kpi screenshots`: the README's pictures of the preview (docs/screenshots), taken with headless Chromium. */
export async function runScreenshots(opts: ScreenshotsCliOptions, io: CliIo, clock: () => number = Date.now): Promise<void> {
  if (!existsSync(opts.chromium)) throw new CliError(`no Chromium at ${opts.chromium}: apt-get install -y chromium, or pass --chromium`);
  const deals = parseWholeNumber('--deals', opts.deals);
  const seed = parseWholeNumber('--seed', opts.seed);
  const demo = loadOrGenerateDemoSnapshot({ deals, seed, asOf: todayUtcMidnight(clock), cacheDir: opts.cacheDir });
  const files = await takeScreenshots({ snapshot: demo.snapshot, outDir: opts.out, chromiumPath: opts.chromium, log: (line) => io.err(`kpi: ${line}`) });
  io.out(`${files.length} screenshots in ${opts.out}`);
}

export function registerScreenshots(program: Command, io: CliIo): void {
  program
    .command('screenshots')
    .description('photograph the preview (deal card, scorecard tab, app page, settings page) with headless Chromium')
    .option('--out <dir>', 'where the PNG files go', 'docs/screenshots')
    .option('--deals <n>', 'deals in the generated demo portal', '20000')
    .option('--seed <s>', 'seed of the generated demo portal', '1')
    .option('--cache-dir <dir>', 'where the generated demo portal is cached', '.cache')
    .option('--chromium <path>', 'the Chromium binary', '/usr/bin/chromium')
    .action((opts: ScreenshotsCliOptions) => runScreenshots(opts, io));
}
