import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The preview page's script: the host plus the unchanged extension entries, bundled in
 * process at start (about 0.1–0.5 s). One IIFE for the browser; `import()` of the entries
 * stays lazy inside it, so the host controls the order they load in (extensionRegistry.ts).
 */
export async function bundlePreview(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'browser', 'previewMain.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120'],
    jsx: 'automatic',
    minify: false,
    sourcemap: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no preview bundle');
  return file.text;
}
