import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FUNCTIONS_BUNDLE, functionEntry } from './projectFiles';
import { functionSource } from './projectLayout';

/**
 * Modules the bundle may ask for that HubSpot need not provide: node-fetch (under
 * @hubspot/api-client) tries `require('encoding')` inside a try/catch and carries on without
 * it. Kept external on purpose so the bundle never depends on it.
 */
export const OPTIONAL_FUNCTION_REQUIRES = ['encoding'];

/** One module exporting every function's `main` by name, so the core is bundled once for all nine. */
function sharedEntry(repoRoot: string, names: readonly string[]): string {
  const imports = names.map((name, i) => `import { main as f${i} } from ${JSON.stringify(join(repoRoot, functionSource(name)))};`);
  const table = names.map((name, i) => `  ${JSON.stringify(name)}: f${i},`);
  return [...imports, 'export const functions = {', ...table, '};', ''].join('\n');
}

/**
 * Bundles the app functions (design.md: the entry is JS, `exports.main = async (context) => …`,
 * so TypeScript is compiled here): one CommonJS bundle for Node 20 with the handlers, the
 * gateway, the in-portal store, zod, luxon and @hubspot/api-client inlined, and one small
 * entry per function beside it. The functions' package.json then needs no dependencies.
 */
export async function bundleFunctions(repoRoot: string, functionsDir: string, names: readonly string[]): Promise<string[]> {
  const result = await build({
    absWorkingDir: repoRoot,
    stdin: { contents: sharedEntry(repoRoot, names), resolveDir: repoRoot, sourcefile: 'kpi-functions-entry.ts', loader: 'ts' },
    outfile: join(functionsDir, FUNCTIONS_BUNDLE),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: OPTIONAL_FUNCTION_REQUIRES,
    // @hubspot/api-client's generated clients are most of the 12 MB; names stay for readable traces.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  await Promise.all(names.map((name) => writeFile(join(functionsDir, `${name}.js`), functionEntry(name))));
  return Object.keys(result.metafile.inputs);
}
