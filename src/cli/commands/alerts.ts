import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parsePeriodArg } from '../cliArgs';
import { CliError } from '../cliError';
import { formatPeriod } from '../../domain/period';
import type { ScanAlertsOutput } from '../../handlers/contracts/scanAlerts';
import { parseBackendEnv } from '../../server/backendEnv';
import { openBackendServices } from '../../server/backendServices';
import { runAlertScan, scanSummary } from '../../server/runAlertScan';
import { freezeSummary, runForecastFreeze } from '../../server/runForecastFreeze';
import { progressPrinter } from '../../sync/progressLine';

export interface AlertsScanCliOptions {
  period?: string;
  baseUrl?: string;
  json?: boolean;
}

/**
 * `kpi alerts scan`: one alert scan, for cron, as the system runner, on the same
 * SQLite ledger as the backend (KPI_DB_PATH) so the two never raise a task twice. The CRM is
 * HubSpot with HUBSPOT_ACCESS_TOKEN, or --base-url (an emulator; its demo token by default).
 */
export async function runAlertsScan(opts: AlertsScanCliOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Promise<ScanAlertsOutput> {
  const period = opts.period === undefined ? undefined : formatPeriod(parsePeriodArg(opts.period));
  const opened = await openBackendServices(parseBackendEnv(env), { crmBaseUrl: opts.baseUrl, now, onSyncProgress: progressPrinter(process.stderr) });
  try {
    // A mirror the backend keeps in the same database is brought up to date (one cheap cycle)
    // and read; without a finished one the scan reads HubSpot live, as the backend would.
    if (opened.sync?.status().state === 'ready') await opened.sync.runOnce();
    const freeze = await runForecastFreeze(opened.services(), opened.portalId, 'kpi alerts scan', now);
    io.err(freeze.ok ? `forecast freeze: ${freezeSummary(freeze.data)}` : `forecast freeze refused (${freeze.error.code}): ${freeze.error.message}`);
    const result = await runAlertScan(opened.services(), opened.portalId, 'kpi alerts scan', now, period === undefined ? {} : { period });
    if (!result.ok) throw new CliError(`alert scan refused (${result.error.code}): ${result.error.message}`);
    if (opts.json === true) io.out(JSON.stringify(result.data));
    else io.out(scanReport(opened.portalId, result.data));
    return result.data;
  } finally {
    await opened.close();
  }
}

function scanReport(portalId: number, output: ScanAlertsOutput): string {
  const lines = [`portal ${portalId}: ${scanSummary(output)}`];
  for (const task of output.tasks) lines.push(`  new task ${task.id}: ${task.subject}`);
  return lines.join('\n');
}

export function registerAlerts(program: Command, io: CliIo): void {
  const alerts = program.command('alerts').description('funnel threshold alerts as HubSpot tasks');
  alerts
    .command('scan')
    .description('run the alert scan once (for cron): new breaches become tasks, worse ones update theirs, recovered ones are completed')
    .option('--period <period>', 'cohort period: 2026-Q3, 2026-07 or 2026 (default: the current quarter)')
    .option('--base-url <url>', 'CRM API base URL (e.g. an emulator); HubSpot when absent')
    .option('--json', 'print the result as JSON')
    .action(async (opts: AlertsScanCliOptions) => {
      await runAlertsScan(opts, io);
    });
}
