import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { buildProject } from '../../build/buildProject';

export interface BuildCliOptions {
  out: string;
}

/** The repository root: this file is src/cli/commands/build.ts. */
const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** `kpi build` (npm run build): writes the deployable HubSpot project and says where. */
export async function runBuild(opts: BuildCliOptions, io: CliIo): Promise<void> {
  const report = await buildProject({ repoRoot: REPO_ROOT, outDir: resolve(opts.out) });
  for (const file of report.files) io.out(file);
  io.err(`kpi: wrote ${report.files.length} files to ${report.outDir}; upload with: hs project upload (see README)`);
}

export function registerBuild(program: Command, io: CliIo): void {
  program
    .command('build')
    .description('bundle the cards, pages and app functions into a deployable HubSpot project (platform 2026.03)')
    .option('--out <dir>', 'where to write the project', 'dist/hubspot-project')
    .action((opts: BuildCliOptions) => runBuild(opts, io));
}
