import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { CliError } from '../cliError';
import { parseBackendEnv } from '../../server/backendEnv';
import { openBackendServices } from '../../server/backendServices';
import { progressPrinter } from '../../sync/progressLine';
import type { SyncStatus } from '../../sync/syncStatus';

export interface SyncCliOptions {
  baseUrl?: string;
  json?: boolean;
}

/**
 * `kpi sync`: one run of the portal mirror's sync into KPI_DB_PATH — the backfill to its end on
 * a new database, else one incremental cycle — for cron and tests. The CRM is HubSpot with
 * HUBSPOT_ACCESS_TOKEN, or --base-url (an emulator; its demo token by default).
 */
export async function runSync(opts: SyncCliOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Promise<SyncStatus> {
  const parsed = parseBackendEnv(env);
  if (parsed.KPI_SYNC_INTERVAL_S === 0) throw new CliError('KPI_SYNC_INTERVAL_S=0 turns the mirror off; unset it to sync');
  const opened = await openBackendServices(parsed, { crmBaseUrl: opts.baseUrl, now, onSyncProgress: opts.json === true ? undefined : progressPrinter(process.stderr) });
  try {
    const status = await (opened.sync as NonNullable<typeof opened.sync>).runOnce();
    if (opts.json === true) io.out(JSON.stringify(status));
    else io.out(`portal ${opened.portalId}: ${status.deals.toLocaleString('en-US')} deals mirrored, ${status.state}${status.lastSyncAt === null ? '' : ` as of ${status.lastSyncAt}`}`);
    if (status.state === 'error') throw new CliError(`sync failed: ${status.error ?? 'unknown error'}`);
    return status;
  } finally {
    await opened.close();
  }
}

export function registerSync(program: Command, io: CliIo): void {
  program
    .command('sync')
    .description('run the portal mirror\'s sync once (backfill on a new database, else one incremental cycle) into KPI_DB_PATH')
    .option('--base-url <url>', 'CRM API base URL (e.g. a `kpi emulator`); HubSpot when absent')
    .option('--json', 'print the sync status as JSON')
    .action(async (opts: SyncCliOptions) => {
      await runSync(opts, io);
    });
}
