import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parseSnapshot } from '../../domain/portalFromSnapshot';
import type { RunningEmulator } from '../../emulator/createCrmEmulator';
import { createCrmEmulator } from '../../emulator/createCrmEmulator';
import type { EmulatorOptions } from '../../emulator/emulatorOptions';
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
  latencyMs?: string;
  searchLagMs?: string;
  webhookUrl?: string;
}

/**
 * `kpi emulator`: serves a snapshot as a local HubSpot CRM v3 API on 127.0.0.1 and prints
 * the base URL and bearer token to give `@hubspot/api-client` (`basePath`, `accessToken`).
 * `--latency-ms` delays every answer as HubSpot's distance would, `--search-lag-ms` makes
 * search trail writes as HubSpot's index does, and `--webhook-url` posts deal webhooks there,
 * signed with HUBSPOT_CLIENT_SECRET (read here at the edge, as `kpi serve` reads it to verify).
 * Runs until the process is stopped; returns the running server for in-process callers.
 */
export async function runEmulator(opts: EmulatorCliOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<RunningEmulator> {
  const port = parseWholeNumber('--port', opts.port);
  if (port > 65_535) throw new CliError(`--port: ${port} is not a TCP port`);
  const options = emulatorOptionsOf(opts, env);
  const checked = parseSnapshot(readJsonFile(opts.snapshot, 'snapshot'));
  if (!checked.ok) throw new CliError(`invalid snapshot ${opts.snapshot}: ${checked.error}`);
  const emulator = createCrmEmulator(checked.value, options);
  const running = await emulator.listen(port);
  io.out(`HubSpot CRM emulator: ${running.url}`);
  io.out(`token: ${options.tokens?.[0] ?? DEMO_TOKEN}`);
  const extras = [`latency ${options.latencyMs ?? 0} ms`, `search lag ${options.searchLagMs ?? 0} ms`, ...(options.webhooks === undefined ? [] : [`webhooks to ${options.webhooks.url}`])];
  io.err(`kpi: serving ${checked.value.deals.length} deals, ${checked.value.owners.length} owners; rate limits ${opts.limits ? 'on' : 'off'}; ${extras.join('; ')}`);
  return running;
}

function emulatorOptionsOf(opts: EmulatorCliOptions, env: NodeJS.ProcessEnv): EmulatorOptions {
  const options: EmulatorOptions = { tokens: [opts.token ?? DEMO_TOKEN], limits: opts.limits ? undefined : false };
  if (opts.latencyMs !== undefined) options.latencyMs = parseWholeNumber('--latency-ms', opts.latencyMs);
  if (opts.searchLagMs !== undefined) options.searchLagMs = parseWholeNumber('--search-lag-ms', opts.searchLagMs);
  if (opts.webhookUrl !== undefined) {
    if (!URL.canParse(opts.webhookUrl) || !/^https?:$/.test(new URL(opts.webhookUrl).protocol)) throw new CliError(`--webhook-url: "${opts.webhookUrl}" is not an http(s) URL`);
    const clientSecret = env.HUBSPOT_CLIENT_SECRET;
    if (clientSecret === undefined || clientSecret === '') throw new CliError('--webhook-url needs HUBSPOT_CLIENT_SECRET, the secret that signs each webhook request');
    options.webhooks = { url: opts.webhookUrl, clientSecret };
  }
  return options;
}

export function registerEmulator(program: Command, io: CliIo): void {
  program
    .command('emulator')
    .description('serve a portal snapshot as a local HubSpot CRM v3 API (owners, pipelines, objects, search, schemas, users)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .option('--port <n>', 'TCP port on 127.0.0.1 (0 picks a free one)', '3070')
    .option('--token <t>', `accepted bearer token (default ${DEMO_TOKEN})`)
    .option('--no-limits', "turn off HubSpot's rate limits")
    .option('--latency-ms <n>', 'delay every answer by n ms, as the distance to HubSpot would (default 0)')
    .option('--search-lag-ms <n>', "search sees a write only n ms after it, as HubSpot's index (default 0)")
    .option('--webhook-url <url>', 'post HubSpot webhooks for deal writes there, signed with env HUBSPOT_CLIENT_SECRET')
    .action(async (opts: EmulatorCliOptions) => {
      await runEmulator(opts, io);
    });
}
