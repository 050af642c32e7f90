import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Every module specifier a built JS file loads (static and dynamic imports, requires), as
 * esbuild's parser sees them: each one is marked external, so nothing is resolved or read.
 */
export async function specifiersOf(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    platform: 'node',
    plugins: [{ name: 'everything-external', setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true })) }],
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  return [...new Set(imports)].sort();
}

const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? specifier);

const packageName = (specifier: string): string => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
};

/**
 * What a built file loads that HubSpot could not give it: a relative path leaving srcDir, or
 * a package its component folder's package.json does not declare. Node built-ins are fine
 * for functions (they run on Node), and so are `optional` requires the code survives without.
 */
export async function strayImports(srcDir: string, file: string, optional: readonly string[] = []): Promise<string[]> {
  const declared = Object.keys((JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
  return (await specifiersOf(file)).filter((specifier) => {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const inside = relative(srcDir, resolve(dirname(file), specifier));
      return inside === '..' || inside.startsWith(`..${sep}`);
    }
    return !isBuiltin(specifier) && !declared.includes(packageName(specifier)) && !optional.includes(specifier);
  });
}
