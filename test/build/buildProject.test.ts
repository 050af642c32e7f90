import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IntermediateRepresentationNode } from '@hubspot/project-parsing-lib/translate';
import { ACCESS_TOKEN_SECRET } from '../../serverless/accessToken';
import { APP_SCOPES } from '../../src/build/appScopes';
import type { BuildReport } from '../../src/build/buildProject';
import { buildProject } from '../../src/build/buildProject';
import { OPTIONAL_FUNCTION_REQUIRES } from '../../src/build/bundleFunctions';
import { APP_UID, FUNCTION_NAMES } from '../../src/build/projectLayout';
import { specifiersOf, strayImports } from './builtImports';
import { translateTree } from './translateTree';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { main as ownerScorecardMain } from '../../serverless/functions/owner-scorecard';

const REPO = resolve(__dirname, '..', '..');
const CALLED_FUNCTIONS = ['deal-kpis', 'owner-scorecard', 'funnel-health', 'get-settings', 'settings-context', 'save-settings', 'settings-history', 'restore-settings', 'scan-alerts', 'team-scorecards', 'kpi-details', 'manual-scores', 'manual-score-sheet', 'import-manual-scores', 'viewer-context'];

interface Config {
  entrypoint?: string;
  location?: string;
  objectTypes?: string[];
  secretKeys?: string[];
  distribution?: string;
  auth?: { type: string; requiredScopes: string[] };
}

describe('npm run build: the deployable HubSpot project', () => {
  let outDir: string;
  let srcDir: string;
  let report: BuildReport;
  let nodes: Record<string, IntermediateRepresentationNode>;
  let skipped: string[];
  const configOf = (uid: string): Config => (nodes[uid]?.config ?? {}) as Config;

  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'kpi-build-')), 'hubspot-project');
    report = await buildProject({ repoRoot: REPO, outDir });
    srcDir = join(outDir, 'src');
    ({ nodes, skipped } = translateTree(REPO, srcDir, '2026.03'));
  }, 120_000);
  afterAll(() => rmSync(resolve(outDir, '..'), { recursive: true, force: true }));

  it('writes its own hsproject.json: platform 2026.03, srcDir src', () => {
    expect(JSON.parse(readFileSync(join(outDir, 'hsproject.json'), 'utf8'))).toEqual({ name: 'sales-kpi-cards', srcDir: 'src', platformVersion: '2026.03' });
  });

  it('is read by HubSpot’s parser as one static-auth private app with only the scopes the code uses', () => {
    expect(skipped).toEqual([]);
    expect(nodes[APP_UID]?.componentType).toBe('APPLICATION');
    const app = configOf(APP_UID);
    expect(app.distribution).toBe('private');
    expect(app.auth?.type).toBe('static');
    expect(app.auth?.requiredScopes).toEqual(APP_SCOPES.map((s) => s.scope));
    expect(app.auth?.requiredScopes).toEqual(expect.arrayContaining(['crm.objects.deals.read', 'crm.objects.owners.read', 'settings.users.read', 'crm.objects.custom.write']));
  });

  it('puts the deal card in the deal sidebar and the scorecard tab on deals, companies and contacts', () => {
    expect(nodes.deal_kpi_card?.componentType).toBe('CARD');
    expect(configOf('deal_kpi_card')).toMatchObject({ location: 'crm.record.sidebar', objectTypes: ['DEAL'] });
    expect(nodes.owner_scorecard_tab?.componentType).toBe('CARD');
    expect(configOf('owner_scorecard_tab')).toMatchObject({ location: 'crm.record.tab', objectTypes: ['DEAL', 'COMPANY', 'CONTACT'] });
  });

  it('has the app page and the settings page', () => {
    expect(nodes.kpi_app_page?.componentType).toBe('PAGE');
    expect(configOf('kpi_app_page').location).toBe('pages');
    expect(nodes.kpi_settings?.componentType).toBe('SETTINGS');
  });

  it('has one app function for every name the cards call, each reading the token secret, sharing one package', () => {
    expect([...FUNCTION_NAMES].sort()).toEqual([...CALLED_FUNCTIONS].sort());
    for (const name of CALLED_FUNCTIONS) {
      expect(nodes[name]?.componentType).toBe('APP_FUNCTION');
      expect(configOf(name).secretKeys).toEqual([ACCESS_TOKEN_SECRET]);
      expect(nodes[name]?.componentDeps).toMatchObject({ app: APP_UID, serverlessPackage: 'hubspot-serverless-package-uid' });
    }
    expect(nodes['hubspot-serverless-package-uid']?.componentType).toBe('SERVERLESS_PACKAGE');
  });

  it('ties every component to the app and finds every entry file inside srcDir', () => {
    const components = Object.entries(nodes).filter(([uid]) => uid !== APP_UID && uid !== 'hubspot-serverless-package-uid');
    expect(components).toHaveLength(4 + CALLED_FUNCTIONS.length);
    for (const [uid, node] of components) {
      expect(node.componentDeps.app).toBe(APP_UID);
      const entry = (node.config as Config).entrypoint;
      expect({ uid, entry: entry !== undefined && existsSync(join(srcDir, entry)) }).toEqual({ uid, entry: true });
    }
  });

  it('loads nothing from outside srcDir: the extensions import only React and ui-extensions, declared beside them', async () => {
    const built = report.files.filter((f) => /\.jsx?$/.test(f)).map((f) => join(outDir, f));
    expect(built.length).toBe(4 + CALLED_FUNCTIONS.length + 1);
    for (const file of built) expect({ file, stray: await strayImports(srcDir, file, OPTIONAL_FUNCTION_REQUIRES) }).toEqual({ file, stray: [] });
    const card = await specifiersOf(join(srcDir, 'app/cards/DealCard.jsx'));
    expect(card).toEqual(expect.arrayContaining(['@hubspot/ui-extensions', 'react/jsx-runtime']));
    expect(card.filter((specifier) => specifier.startsWith('.'))).toEqual([]);
  });

  it('bundles the functions without the SQLite store or Express', () => {
    expect(report.functionInputs.some((input) => input.startsWith('serverless/functions/'))).toBe(true);
    expect(report.functionInputs.filter((input) => /better-sqlite3|node_modules\/express\//.test(input))).toEqual([]);
  });

  it('runs a built function on plain Node from outside the repository, answering as the TypeScript one does', async () => {
    const now = Date.UTC(2026, 10, 1, 2, 0, 0);
    const running = await createCrmEmulator(generateDemoSnapshot({ deals: 200, seed: 3, asOf: now }), { limits: false, now: () => now }).listen(0);
    try {
      const context = { accountId: DEMO_PORTAL.id, user: { id: 51_000_011, email: null, locale: 'zh-CN' }, parameters: {} };
      const runtime = { basePath: running.url, now: () => now, env: { [ACCESS_TOKEN_SECRET]: DEMO_TOKEN } };
      const script = `
        const [file, context, basePath, token, now] = process.argv.slice(1);
        require(file).main(JSON.parse(context), { basePath, now: () => Number(now), env: { ${ACCESS_TOKEN_SECRET}: token } })
          .then((answer) => process.stdout.write(JSON.stringify(answer)));
      `;
      const file = join(srcDir, 'app/functions/owner-scorecard.js');
      const child = await promisify(execFile)(process.execPath, ['-e', script, file, JSON.stringify(context), running.url, DEMO_TOKEN, String(now)], { cwd: tmpdir() });
      const built = JSON.parse(child.stdout) as { ok: boolean };
      expect(built.ok).toBe(true);
      expect(built).toEqual(JSON.parse(JSON.stringify(await ownerScorecardMain(context, runtime))));
    } finally {
      await running.close();
    }
  });

  it('refuses to empty a folder that is not an earlier build', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kpi-not-a-build-'));
    writeFileSync(join(other, 'notes.txt'), 'keep me');
    await expect(buildProject({ repoRoot: REPO, outDir: other })).rejects.toThrow(/not an earlier build/);
    expect(readFileSync(join(other, 'notes.txt'), 'utf8')).toBe('keep me');
    rmSync(other, { recursive: true, force: true });
  });
});
