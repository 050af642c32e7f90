import { execFileSync } from 'node:child_process';
import type { IntermediateRepresentationNode } from '@hubspot/project-parsing-lib/translate';

export interface TranslatedTree {
  nodes: Record<string, IntermediateRepresentationNode>;
  skipped: string[];
}

/**
 * Runs HubSpot's own project parser (`translate`, skipValidation: validation fetches schemas
 * from HubSpot) over a built srcDir. The library and its dependencies are ESM only and Jest
 * runs CommonJS here (design.md), so it runs in a child Node process and answers JSON.
 */
export function translateTree(repoRoot: string, srcDir: string, platformVersion: string): TranslatedTree {
  const script = `
    import { translate } from '@hubspot/project-parsing-lib/translate';
    const [srcDir, platformVersion] = process.argv.slice(1);
    const result = await translate({ projectSourceDir: srcDir, platformVersion }, { skipValidation: true });
    process.stdout.write(JSON.stringify({ nodes: result.intermediateRepresentation.intermediateNodesIndexedByUid, skipped: result.skippedHsMetaFiles }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, srcDir, platformVersion], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out) as TranslatedTree;
}
