import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parseAsOf, parsePeriodArg } from '../cliArgs';
import { amount, percent, UNKNOWN } from '../formatValue';
import { formatTable } from '../formatTable';
import { loadPortal } from '../loadPortal';
import type { SegmentsReport } from '../segmentsReport';
import { segmentsReport } from '../segmentsReport';

export interface SegmentsCliOptions {
  snapshot: string;
  period: string;
  asOf: string;
  team?: string;
  settings?: string;
  json?: boolean;
}

/** `kpi segments`: growth and attainment per segment (关键细分市场), from a snapshot file. */
export async function runSegments(opts: SegmentsCliOptions, io: CliIo): Promise<void> {
  const period = parsePeriodArg(opts.period);
  const asOf = parseAsOf(opts.asOf);
  const portal = loadPortal({ snapshot: opts.snapshot, settings: opts.settings }, io);
  const report = await segmentsReport(portal, { period, asOf, teamId: opts.team });
  io.out(opts.json ? JSON.stringify(report) : segmentsText(report));
}

function segmentsText(report: SegmentsReport): string {
  const cut = report.property === null ? report.by : `${report.by} ${report.property}`;
  if (report.uncomputable !== null || report.total === null) return `segments by ${cut}, ${report.period}: cannot be computed: ${report.uncomputable?.message ?? ''}`;
  const figure = (f: { status: string; actual: number | null }) => (f.status === 'ok' ? percent(f.actual) : UNKNOWN);
  const line = (label: string, r: NonNullable<SegmentsReport['total']>) => [label, amount(r.won), String(r.wonCount), amount(r.comparisonWon), figure(r.growth), amount(r.target), figure(r.attainment)];
  const rows = [...report.rows.map((r) => line(r.label ?? '(no value)', r)), line('Total', report.total)];
  const table = formatTable(['segment', 'won', 'deals', `won ${report.comparisonPeriod}`, 'growth', 'target', 'attainment'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
  return `segments by ${cut}, ${report.period} (${report.currency})\n${table}`;
}

export function registerSegments(program: Command, io: CliIo): void {
  program
    .command('segments')
    .description('growth and attainment per segment (pipeline, deal property or company property) for a period (kpi-spec §4)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .requiredOption('--period <period>', 'period: 2026-Q3, 2026-07 or 2026')
    .requiredOption('--as-of <iso>', 'evaluation time (a running period is compared to the same day), e.g. 2026-11-16T00:00:00Z')
    .option('--team <id>', 'only the deals of this team’s members (default: every owner)')
    .option('--settings <file>', 'settings JSON: the cut and the targets (default: the built-in defaults, by pipeline)')
    .option('--json', 'print JSON instead of a table')
    .action((opts: SegmentsCliOptions) => runSegments(opts, io));
}
