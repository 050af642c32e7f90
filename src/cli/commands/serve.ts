import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parseWholeNumber } from '../cliArgs';
import { CliError } from '../cliError';
import { readJsonFile } from '../readJsonFile';
import { applySettingsFile } from '../serveSettings';
import type { BackendLogger } from '../../server/backendLogger';
import type { RunningBackend } from '../../server/startBackend';
import { startBackend } from '../../server/startBackend';
import { LOOPBACK_HOST, describeHost } from '../../server/listenHost';
import { progressPrinter } from '../../sync/progressLine';

export interface ServeCliOptions {
  port?: string;
  host?: string;
  snapshot?: string;
  dev?: boolean;
  settings?: string;
  baseUrl?: string;
}

/**
 * `kpi serve`: the backend for `hubspot.fetch`. Configuration comes from the
 * environment, read here at the edge; with --snapshot the CRM is an emulator this process
 * starts, seeded from the file. --dev lets unsigned requests pick a demo user: never for a
 * backend HubSpot can reach.
 */
export async function runServe(opts: ServeCliOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<RunningBackend> {
  const port = opts.port === undefined ? undefined : parseWholeNumber('--port', opts.port);
  if (port !== undefined && port > 65_535) throw new CliError(`--port: ${port} is not a TCP port`);
  const snapshot = opts.snapshot === undefined ? undefined : readJsonFile(opts.snapshot, 'snapshot');
  if (snapshot !== undefined && opts.baseUrl !== undefined) throw new CliError('--snapshot and --base-url both name the CRM: give one');
  // Dev mode lets anyone who can reach the port act as any demo user: loopback unless asked.
  const host = opts.host ?? (opts.dev === true ? LOOPBACK_HOST : undefined);
  const backend = await startBackend({ env, port, host, snapshot, crmBaseUrl: opts.baseUrl, devMode: opts.dev === true, logger: cliLogger(io), onSyncProgress: progressPrinter(process.stderr) });
  io.out(`KPI backend: ${backend.url} (portal ${backend.portalId}${opts.dev === true ? ', DEV MODE: unsigned demo users accepted' : ''})`);
  io.err(`kpi: listening on ${describeHost(host)}${opts.dev === true && opts.host === undefined ? ' (dev mode; --host 0.0.0.0 to open it to the network)' : ''}`);
  if (backend.emulatorUrl !== null) io.out(`CRM emulator: ${backend.emulatorUrl}`);
  if (opts.settings !== undefined) {
    const applied = await applySettingsFile(opts.settings, backend.services).catch(async (error: unknown) => {
      await backend.close();
      throw error;
    });
    io.err(`kpi: settings ${opts.settings} ${applied.saved ? `saved as version ${applied.version}` : `already in force (version ${applied.version})`}`);
  }
  await backend.schedule.ready;
  const next = backend.schedule.nextAt();
  if (next !== null) io.err(`kpi: next alert scan at ${new Date(next).toISOString()}`);
  return backend;
}

/** The backend's log on stderr; an error's stack goes here, to the operator, never into a response. */
function cliLogger(io: CliIo): BackendLogger {
  return {
    info: (message) => io.err(`kpi: ${message}`),
    error: (message, error) => io.err(`kpi: ${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : ''}`),
  };
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the KPI backend for hubspot.fetch (signed requests; env HUBSPOT_ACCESS_TOKEN, HUBSPOT_CLIENT_SECRET, PUBLIC_BASE_URL, KPI_DATABASE_URL, KPI_DB_PATH, KPI_SCAN_AT)')
    .option('--port <n>', 'TCP port (default: PORT, else 3000; 0 picks a free one)')
    .option('--host <address>', 'address to listen on (default: every interface; 127.0.0.1 with --dev)')
    .option('--snapshot <file>', 'serve an emulated portal seeded from this snapshot instead of HubSpot')
    .option('--base-url <url>', 'read the CRM API at this URL instead of HubSpot\'s (e.g. a `kpi emulator`), with HUBSPOT_ACCESS_TOKEN')
    .option('--dev', 'dev mode: accept unsigned requests naming a demo user (X-Demo-User-Id or ?demoUserId=)')
    .option('--settings <file>', 'make these settings (JSON, checked against the portal) the version in force')
    .action(async (opts: ServeCliOptions) => {
      const backend = await runServe(opts, io);
      const stop = () => void backend.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
