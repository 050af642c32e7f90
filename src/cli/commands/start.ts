import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { loadOrGenerateDemoSnapshot } from '../../preview/demoSnapshotCache';
import type { PreviewSource, RunningPreview } from '../../preview/startPreview';
import { startPreview } from '../../preview/startPreview';
import { parseWholeNumber, todayUtcMidnight } from '../cliArgs';
import { CliError } from '../cliError';
import { LOOPBACK_HOST, describeHost } from '../../server/listenHost';
import { readJsonFile } from '../readJsonFile';

export interface StartCliOptions {
  snapshot?: string;
  port?: string;
  host?: string;
  deals: string;
  seed: string;
  cacheDir: string;
  /** Commander's `--no-limits` sets this false. */
  limits: boolean;
}

export const DEFAULT_PREVIEW_PORT = 3000;

/**
 * `kpi start` (`npm start`): the whole app in one process with one log. The portal is
 * the cached demo unless --snapshot names a file, or HUBSPOT_ACCESS_TOKEN points at a real
 * portal (then no emulator starts and the preview reads that portal). Runs until stopped.
 */
export async function runStart(opts: StartCliOptions, io: CliIo, env: Record<string, string | undefined>, clock: () => number = Date.now): Promise<RunningPreview> {
  const port = parseWholeNumber('--port', opts.port ?? env.PORT ?? String(DEFAULT_PREVIEW_PORT));
  if (port > 65_535) throw new CliError(`--port: ${port} is not a TCP port`);
  const log = (line: string) => io.err(`kpi: ${line}`);
  const source = previewSource(opts, env, clock, log);
  const started = Date.now();
  const running = await startPreview({ source, env, port, host: opts.host ?? LOOPBACK_HOST, log, now: clock, emulatorLimits: opts.limits }).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError((error as { code?: unknown }).code === 'EADDRINUSE' ? `port ${port} is in use; set PORT or --port` : message);
  });
  log(`backend in dev mode on SQLite ${env.KPI_DB_PATH ?? 'data/kpi.sqlite'}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`listening on ${describeHost(opts.host ?? LOOPBACK_HOST)}${opts.host === undefined ? ' (dev mode: anyone who reaches it is any demo user; --host 0.0.0.0 to open it to the network)' : ''}`);
  if (running.emulator !== null) log(`HubSpot CRM emulator: ${running.url}/crm/v3/... (portal ${running.portalId})`);
  io.out(`Sales KPI Cards preview: ${running.url}`);
  return running;
}

function previewSource(opts: StartCliOptions, env: Record<string, string | undefined>, clock: () => number, log: (line: string) => void): PreviewSource {
  if (opts.snapshot !== undefined) return { kind: 'snapshot', snapshot: readJsonFile(opts.snapshot, 'snapshot') };
  if (env.HUBSPOT_ACCESS_TOKEN?.trim()) {
    log('HUBSPOT_ACCESS_TOKEN is set: reading the real portal, no emulator');
    return { kind: 'hubspot' };
  }
  const deals = parseWholeNumber('--deals', opts.deals);
  const seed = parseWholeNumber('--seed', opts.seed);
  const t = Date.now();
  const demo = loadOrGenerateDemoSnapshot({ deals, seed, asOf: todayUtcMidnight(clock), cacheDir: opts.cacheDir });
  log(`${demo.generated ? 'generated' : 'loaded'} the demo portal (${deals} deals) ${demo.generated ? 'into' : 'from'} ${demo.path} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { kind: 'demo', snapshot: demo.snapshot };
}

export function registerStart(program: Command, io: CliIo): void {
  program
    .command('start')
    .description('run the app locally: CRM emulator with the demo portal, backend (dev mode, SQLite) and the preview page')
    .option('--snapshot <file>', 'seed the emulator from this portal snapshot instead of the demo')
    .option('--port <n>', `HTTP port (default PORT or ${DEFAULT_PREVIEW_PORT})`)
    .option('--host <address>', 'address to listen on (default 127.0.0.1: dev mode lets anyone act as any demo user)')
    .option('--deals <n>', 'deals in the generated demo portal', '20000')
    .option('--seed <s>', 'seed of the generated demo portal', '1')
    .option('--cache-dir <dir>', 'where the generated demo portal is cached', '.cache')
    .option('--no-limits', "turn off HubSpot's rate limits in the emulator (faster cards; the default keeps them, as HubSpot does)")
    .action(async (opts: StartCliOptions) => {
      const running = await runStart(opts, io, process.env);
      process.once('SIGINT', () => void running.close().then(() => process.exit(0)));
      process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
    });
}
