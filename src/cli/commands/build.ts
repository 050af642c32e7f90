import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { buildProject } from '../../build/buildProject';
import { CliError } from '../cliError';

export interface BuildCliOptions {
  out: string;
  backendUrl?: string;
}

/** The repository root: this file is src/cli/commands/build.ts. */
const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** `kpi build` (npm run build): writes the deployable HubSpot project and says where. */
export async function runBuild(opts: BuildCliOptions, io: CliIo): Promise<void> {
  const backendUrl = opts.backendUrl === undefined ? null : backendUrlOf(opts.backendUrl);
  const report = await buildProject({ repoRoot: REPO_ROOT, outDir: resolve(opts.out), backendUrl });
  for (const file of report.files) io.out(file);
  io.err(`kpi: wrote ${report.files.length} files to ${report.outDir}; upload with: hs project upload (see README)`);
}

/** HubSpot only lets cards fetch https URLs listed in permittedUrls.fetch. */
function backendUrlOf(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`--backend-url "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new CliError(`--backend-url must be an https URL (HubSpot's fetch allows no other), got ${raw}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function registerBuild(program: Command, io: CliIo): void {
  program
    .command('build')
    .description('bundle the cards, pages and app functions into a deployable HubSpot project (platform 2026.03)')
    .option('--out <dir>', 'where to write the project', 'dist/hubspot-project')
    .option('--backend-url <url>', 'make the cards call this backend (kpi serve) through hubspot.fetch instead of the app functions')
    .action((opts: BuildCliOptions) => runBuild(opts, io));
}
