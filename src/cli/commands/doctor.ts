import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { doctorReport, doctorText } from '../doctorReport';
import { loadPortal } from '../loadPortal';

export interface DoctorCliOptions {
  snapshot: string;
  settings?: string;
  json?: boolean;
}

/** `kpi doctor`: every data problem of a snapshot, by kind and owner, with links (kpi-spec §2). */
export function runDoctor(opts: DoctorCliOptions, io: CliIo): void {
  const report = doctorReport(loadPortal({ snapshot: opts.snapshot, settings: opts.settings }, io));
  io.out(opts.json ? JSON.stringify(report) : doctorText(report));
}

export function registerDoctor(program: Command, io: CliIo): void {
  program
    .command('doctor')
    .description('list every deal that cannot be read as it stands, grouped by problem and owner, with links (kpi-spec §2)')
    .requiredOption('--snapshot <file>', 'portal snapshot JSON')
    .option('--settings <file>', 'settings JSON (its property mapping says which deal properties are read)')
    .option('--json', 'print JSON instead of text')
    .action((opts: DoctorCliOptions) => runDoctor(opts, io));
}
