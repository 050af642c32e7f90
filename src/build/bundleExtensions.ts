import { build } from 'esbuild';
import { join } from 'node:path';
import type { ExtensionComponent } from './projectLayout';

/**
 * Modules HubSpot provides when it builds a card: they stay imports, declared in the component
 * folder's package.json, as in HubSpot's own project templates. React must be the one copy the
 * host renders with, and @hubspot/ui-extensions reads the host's worker globals at load, so
 * neither may be bundled in. Everything else (the typed client, zod, i18n, the handler
 * contracts) is inlined, so no built file imports from outside srcDir.
 */
export const EXTENSION_EXTERNALS = ['react', 'react/*', 'react-dom', '@hubspot/ui-extensions', '@hubspot/ui-extensions/*'];

/** Bundles one extension entry into its component folder as an ES module with JSX already compiled. */
export async function bundleExtension(repoRoot: string, appDir: string, component: ExtensionComponent, backendUrl: string | null = null): Promise<string[]> {
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [join(repoRoot, component.source)],
    outfile: join(appDir, component.dir, component.output),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    external: EXTENSION_EXTERNALS,
    // extensions/client/defaultClient.ts reads it: null keeps the cards on the app functions.
    define: { __KPI_BACKEND_URL__: JSON.stringify(backendUrl) },
    // zod is most of each bundle; whitespace and syntax only, so HubSpot's error traces keep our names.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  return Object.keys(result.metafile.inputs);
}
