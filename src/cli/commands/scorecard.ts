import { Option, type Command } from 'commander';
import type { CliIo } from '../cliIo';
import type { Role } from '../../settings/settingsSchema';
import { ROLES } from '../../settings/settingsSchema';
import { loadPortal } from '../loadPortal';
import { loadManualScores } from '../manualScoresFile';
import { scorecardResult, toScorecardReport } from '../scorecardReport';
import { scorecardTable } from '../scorecardTable';
import { parseAsOf, parsePeriodArg } from '../cliArgs';

export interface ScorecardCliOptions {
  snapshot: string;
  owner: string;
  period: string;
  asOf: string;
  role?: Role;
  settings?: string;
  manualScores?: string;
  json?: boolean;
}

/** `kpi scorecard`: one owner's weighted scorecard with grade and flags, from a snapshot file. */
export function runScorecard(opts: ScorecardCliOptions, io: CliIo): void {
  const period = parsePeriodArg(opts.period);
  const asOf = parseAsOf(opts.asOf);
  const manualScores = loadManualScores(opts.manualScores);
  const portal = loadPortal({ snapshot: opts.snapshot, settings: opts.settings }, io);
  const result = scorecardResult(portal, { ownerId: opts.owner, role: opts.role, period, asOf, manualScores });
  io.out(opts.json ? JSON.stringify(toScorecardReport(result)) : scorecardTable(result, portal.index));
}

export function registerScorecard(program: Command, io: CliIo): void {
  program
    .command('scorecard')
    .description('an owner’s weighted role scorecard, total, grade and flags (kpi-spec §6)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .requiredOption('--owner <id>', 'HubSpot owner id')
    .requiredOption('--period <period>', '2026-Q3, 2026-07 or 2026')
    .requiredOption('--as-of <iso>', 'evaluation time, e.g. 2026-10-01T00:00:00Z')
    .addOption(new Option('--role <role>', 'template to use (default: from the settings)').choices(ROLES))
    .option('--settings <file>', 'settings JSON (default: the built-in defaults)')
    .option('--manual-scores <file>', 'JSON list of manual scores {ownerId, key, period, score}')
    .option('--json', 'print JSON instead of a table')
    .action((opts: ScorecardCliOptions) => runScorecard(opts, io));
}
