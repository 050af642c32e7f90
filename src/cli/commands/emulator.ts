import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parseSnapshot } from '../../domain/portalFromSnapshot';
import type { RunningEmulator } from '../../emulator/createCrmEmulator';
import { createCrmEmulator } from '../../emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../emulator/emulatorOptions';
import { parseWholeNumber } from '../cliArgs';
import { CliError } from '../cliError';
import { readJsonFile } from '../readJsonFile';

export interface EmulatorCliOptions {
  snapshot: string;
  port: string;
  token?: string;
  /** Commander's `--no-limits` sets this false. */
  limits: boolean;
}

/**
 * `kpi emulator`: serves a snapshot as a local HubSpot CRM v3 API on 127.0.0.1 and prints
 * the base URL and bearer token to give `@hubspot/api-client` (`basePath`, `accessToken`).
 * Runs until the process is stopped; returns the running server for in-process callers.
 */
export async function runEmulator(opts: EmulatorCliOptions, io: CliIo): Promise<RunningEmulator> {
  const port = parseWholeNumber('--port', opts.port);
  if (port > 65_535) throw new CliError(`--port: ${port} is not a TCP port`);
  const checked = parseSnapshot(readJsonFile(opts.snapshot, 'snapshot'));
  if (!checked.ok) throw new CliError(`invalid snapshot ${opts.snapshot}: ${checked.error}`);
  const token = opts.token ?? DEMO_TOKEN;
  const emulator = createCrmEmulator(checked.value, { tokens: [token], limits: opts.limits ? undefined : false });
  const running = await emulator.listen(port);
  io.out(`HubSpot CRM emulator: ${running.url}`);
  io.out(`token: ${token}`);
  io.err(`kpi: serving ${checked.value.deals.length} deals, ${checked.value.owners.length} owners; rate limits ${opts.limits ? 'on' : 'off'}`);
  return running;
}

export function registerEmulator(program: Command, io: CliIo): void {
  program
    .command('emulator')
    .description('serve a portal snapshot as a local HubSpot CRM v3 API (owners, pipelines, objects, search, schemas, users)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .option('--port <n>', 'TCP port on 127.0.0.1 (0 picks a free one)', '3070')
    .option('--token <t>', `accepted bearer token (default ${DEMO_TOKEN})`)
    .option('--no-limits', "turn off HubSpot's rate limits")
    .action(async (opts: EmulatorCliOptions) => {
      await runEmulator(opts, io);
    });
}
