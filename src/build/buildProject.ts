import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { bundleExtension } from './bundleExtensions';
import { bundleFunctions } from './bundleFunctions';
import { projectFiles } from './projectFiles';
import { EXTENSIONS, FUNCTION_NAMES } from './projectLayout';

export interface BuildOptions {
  /** The repository root (where extensions/ and serverless/ are). */
  repoRoot: string;
  /** Where the project tree goes; dist/hubspot-project by default (src/cli/commands/build.ts). */
  outDir: string;
  /**
   * Our backend's base URL, when the cards should reach it through `hubspot.fetch` instead of
   * the app functions: compiled into the cards and listed in the app's `permittedUrls.fetch`.
   */
  backendUrl?: string | null;
}

export interface BuildReport {
  outDir: string;
  /** Files written, relative to outDir, sorted. */
  files: string[];
  /** Source modules inlined into the function bundle (repo-relative or node_modules paths). */
  functionInputs: string[];
}

/**
 * Native or server-only modules that must never reach an app function: HubSpot's runtime has
 * no compiler for better-sqlite3, and the functions use the in-portal store instead.
 */
const FORBIDDEN_IN_FUNCTIONS = ['node_modules/better-sqlite3/', 'node_modules/express/'];

/**
 * `npm run build`: writes the deployable project to outDir — hsproject.json
 * (platform 2026.03, srcDir src) and src/app with the app, the cards, the page, the settings
 * page and the functions — from a clean folder each time, so a removed component cannot linger.
 */
export async function buildProject(options: BuildOptions): Promise<BuildReport> {
  const repoRoot = resolve(options.repoRoot);
  const outDir = resolve(options.outDir);
  await cleanOutDir(outDir, repoRoot);
  const backendUrl = options.backendUrl ?? null;
  const files = projectFiles(backendUrl);
  await Promise.all(Object.entries(files).map(([path, json]) => writeJson(join(outDir, path), json)));
  const appDir = join(outDir, 'src', 'app');
  for (const extension of EXTENSIONS) await bundleExtension(repoRoot, appDir, extension, backendUrl);
  const functionInputs = await bundleFunctions(repoRoot, join(appDir, 'functions'), FUNCTION_NAMES);
  const forbidden = functionInputs.filter((input) => FORBIDDEN_IN_FUNCTIONS.some((f) => input.includes(f)));
  if (forbidden.length > 0) throw new Error(`the app functions would bundle server-only modules: ${forbidden.join(', ')}`);
  return { outDir, files: listFiles(outDir), functionInputs };
}

/** Refuses to wipe a folder that is not an earlier build (or is the repository itself). */
async function cleanOutDir(outDir: string, repoRoot: string): Promise<void> {
  if (repoRoot.startsWith(outDir)) throw new Error(`refusing to build into ${outDir}: it contains the repository`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, 'hsproject.json'))) {
    throw new Error(`refusing to empty ${outDir}: it is not an earlier build (no hsproject.json)`);
  }
  await rm(outDir, { recursive: true, force: true });
}

async function writeJson(path: string, json: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}
