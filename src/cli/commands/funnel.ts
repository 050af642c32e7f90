import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { loadPortal } from '../loadPortal';
import { funnelReport } from '../funnelReport';
import { funnelTable } from '../funnelTable';
import { parseAsOf, parsePeriodArg } from '../cliArgs';

export interface FunnelCliOptions {
  snapshot: string;
  pipeline: string;
  period: string;
  asOf: string;
  owner?: string;
  team?: string;
  settings?: string;
  json?: boolean;
}

/** `kpi funnel`: stage-to-stage conversion with thresholds, from a snapshot file. */
export function runFunnel(opts: FunnelCliOptions, io: CliIo): void {
  const period = parsePeriodArg(opts.period);
  const asOf = parseAsOf(opts.asOf);
  const portal = loadPortal({ snapshot: opts.snapshot, settings: opts.settings }, io);
  const report = funnelReport(portal, { pipelineId: opts.pipeline, period, asOf, ownerId: opts.owner, teamId: opts.team });
  if (opts.json) return io.out(JSON.stringify(report));
  const scope = opts.owner ? `owner ${opts.owner}` : opts.team ? `team ${portal.index.teamsById.get(opts.team)?.name ?? opts.team}` : 'all owners';
  io.out(funnelTable(report, portal.index, scope));
}

export function registerFunnel(program: Command, io: CliIo): void {
  program
    .command('funnel')
    .description('stage-to-stage conversion of one pipeline for a period, with thresholds and severity (kpi-spec §5)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .requiredOption('--pipeline <id>', 'pipeline id, e.g. default')
    .requiredOption('--period <period>', 'cohort period: 2026-Q3, 2026-07 or 2026')
    .requiredOption('--as-of <iso>', 'evaluation time for maturity, e.g. 2026-10-01T00:00:00Z')
    .option('--owner <id>', 'only this owner’s deals')
    .option('--team <id>', 'only the deals of this team’s members')
    .option('--settings <file>', 'settings JSON (default: the built-in defaults)')
    .option('--json', 'print JSON instead of a table')
    .action((opts: FunnelCliOptions) => runFunnel(opts, io));
}
