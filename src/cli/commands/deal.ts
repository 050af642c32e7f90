import type { Command } from 'commander';
import { parseAsOf } from '../cliArgs';
import type { CliIo } from '../cliIo';
import { dealReport } from '../dealReport';
import { fixed, percent } from '../formatValue';
import { loadPortal } from '../loadPortal';

export interface DealCliOptions {
  snapshot: string;
  deal: string;
  asOf: string;
  settings?: string;
  json?: boolean;
}

/** `kpi deal`: the deal card's numbers (stage aging, win chance, attainment and commission) from a snapshot. */
export async function runDeal(opts: DealCliOptions, io: CliIo): Promise<void> {
  const asOf = parseAsOf(opts.asOf);
  const report = await dealReport(loadPortal({ snapshot: opts.snapshot, settings: opts.settings }, io), opts.deal, asOf);
  if (opts.json) return io.out(JSON.stringify(report));
  const { deal, health, impact } = report;
  const lines = [
    `Deal ${deal.name ?? deal.id} (${deal.id}), ${deal.pipelineLabel ?? '—'} / ${deal.stageLabel ?? '—'}, ${deal.outcome ?? 'unknown outcome'}`,
    `Days in stage ${fixed(health.daysInStage)}; stalled line ${fixed(health.stalledLineDays)} days; stalled ${health.stalled === null ? '—' : health.stalled ? 'yes' : 'no'}`,
    `Win chance ${percent(health.winChance.rate)} (n = ${health.winChance.n}${health.winChance.ci === null ? '' : `, 95% ${percent(health.winChance.ci[0])}–${percent(health.winChance.ci[1])}`})`,
  ];
  if (impact !== null) {
    lines.push(`Attainment ${impact.period}: ${percent(impact.attainmentNow)} now → ${percent(impact.attainmentAfter)} if won`);
    if (impact.commission !== null) lines.push(`Commission: ${fixed(impact.commission.now)} earned → ${fixed(impact.commission.after)} (+${fixed(impact.commission.added)})`);
    if (impact.reason !== null) lines.push(`Note: ${impact.reason}`);
  }
  io.out(lines.join('\n'));
}

export function registerDeal(program: Command, io: CliIo): void {
  program
    .command('deal')
    .description("the deal card's numbers for one deal: stage aging, win chance, attainment before/after and commission (kpi-spec §5, §7)")
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .requiredOption('--deal <id>', 'deal id')
    .requiredOption('--as-of <iso>', 'evaluation time, e.g. 2026-11-16T00:00:00Z')
    .option('--settings <file>', 'settings JSON (default: the built-in defaults)')
    .option('--json', 'print JSON instead of text')
    .action((opts: DealCliOptions) => runDeal(opts, io));
}
