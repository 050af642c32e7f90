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
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { API_BASE_URL_VARIABLE } from '../../serverless/functionDeps';
import { main as ownerScorecardMain } from '../../serverless/functions/owner-scorecard';

const REPO = resolve(__dirname, '..', '..');
/** A rep of the demo (src/emulator/demo/demoRoster.ts fixes ids by position). */
const REP_USER_ID = 51_000_011;
const CALLED_FUNCTIONS = ['deal-kpis', 'owner-scorecard', 'funnel-health', 'get-settings', 'settings-context', 'save-settings', 'settings-history', 'restore-settings', 'scan-alerts', 'team-scorecards', 'kpi-details', 'manual-scores', 'manual-score-sheet', 'import-manual-scores', 'viewer-context', 'segments', 'digest-preview', 'enter-forecast', 'frozen-forecasts', 'data-problems'];

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

  it('has the app page as HubSpot’s 2026.03 page component (an entrypoint, no location) and the settings page', async () => {
    expect(nodes.kpi_app_page?.componentType).toBe('PAGE');
    expect(configOf('kpi_app_page')).toEqual({ entrypoint: '/app/pages/AppPage.jsx' });
    expect(JSON.parse(readFileSync(join(srcDir, 'app/pages/kpi_app_page-hsmeta.json'), 'utf8'))).toEqual({ uid: 'kpi_app_page', type: 'page', config: { entrypoint: '/app/pages/AppPage.jsx' } });
    // It routes inside itself with createPageRouter: the page bundle imports HubSpot's pages module.
    expect(await specifiersOf(join(srcDir, 'app/pages/AppPage.jsx'))).toContain('@hubspot/ui-extensions/pages');
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

  it('runs every built function on plain Node from outside the repository, called as HubSpot calls it, against the emulator named by HUBSPOT_API_BASE_URL', async () => {
    const snapshot = generateDemoSnapshot({ deals: 200, seed: 3, asOf: Date.now() });
    const emulator = createCrmEmulator(snapshot, { limits: false });
    const running = await emulator.listen(0);
    const rep = snapshot.owners.find((o) => o.userId === REP_USER_ID);
    const dealId = snapshot.deals.find((d) => d.properties.hubspot_owner_id === rep?.id)?.id;
    /** Exactly the 2026.03 context: parameters (with the card's claimed user), propertiesToSend, event, secrets. */
    const contextOf = (parameters: Record<string, unknown>) => ({
      parameters: { ...parameters, claimedUser: { id: REP_USER_ID, email: null, locale: 'zh-CN' } },
      propertiesToSend: {},
      event: { type: 'SERVERLESS_ACTION_HOOK', payload: {} },
      secrets: { [ACCESS_TOKEN_SECRET]: DEMO_TOKEN },
    });
    const calls: Record<string, Record<string, unknown>> = {
      'deal-kpis': { dealId },
      'owner-scorecard': {},
      'funnel-health': {},
      'get-settings': {},
      'settings-context': {},
      'save-settings': { settings: {}, expectedVersion: 0 },
      'settings-history': {},
      'restore-settings': { version: 1, expectedVersion: 1 },
      'scan-alerts': {},
      'team-scorecards': { period: '2026-Q3' },
      'kpi-details': { period: '2026-Q3', kpi: 'revenue_attainment' },
      'manual-scores': { ownerId: rep?.id, period: '2026-Q3', key: 'self_assessment', score: 80 },
      'manual-score-sheet': { period: '2026-Q3' },
      'import-manual-scores': { csv: 'ownerId,key,period,score\n' },
      'viewer-context': {},
      segments: { period: '2026-Q3' },
      'digest-preview': {},
      'enter-forecast': { subjectKind: 'portal', period: '2026-Q3', amount: 1000 },
      'frozen-forecasts': {},
      'data-problems': {},
    };
    const script = `
      const [dir, calls] = process.argv.slice(1);
      const answers = {};
      (async () => {
        for (const [name, context] of Object.entries(JSON.parse(calls))) answers[name] = await require(dir + '/' + name + '.js').main(context);
        process.stdout.write(JSON.stringify(answers));
      })();
    `;
    try {
      const contexts = Object.fromEntries(Object.entries(calls).map(([name, parameters]) => [name, contextOf(parameters)]));
      const env = { PATH: process.env.PATH ?? '', [API_BASE_URL_VARIABLE]: running.url };
      const child = await promisify(execFile)(process.execPath, ['-e', script, join(srcDir, 'app/functions'), JSON.stringify(contexts)], { cwd: tmpdir(), env });
      const built = JSON.parse(child.stdout) as Record<string, { ok: boolean; error?: { code: string } }>;
      expect(Object.keys(built).sort()).toEqual([...CALLED_FUNCTIONS].sort());
      expect(built['deal-kpis']).toMatchObject({ ok: true, data: { deal: { id: dealId } } });
      expect(built['owner-scorecard']).toMatchObject({ ok: true, data: { owner: { id: rep?.id } } });
      const teamAndSettings = ['funnel-health', 'get-settings', 'settings-context', 'save-settings', 'settings-history', 'restore-settings', 'scan-alerts', 'team-scorecards', 'segments', 'digest-preview', 'enter-forecast', 'frozen-forecasts', 'data-problems'];
      for (const name of teamAndSettings) expect({ name, code: built[name]?.error?.code }).toEqual({ name, code: 'needs_backend' });
      // Without the backend there is no score store to import into.
      expect(built['import-manual-scores']?.error?.code).toBe('forbidden');
      expect(emulator.stats.requests).toBeGreaterThan(0);
      const viaTypeScript = await ownerScorecardMain(contexts['owner-scorecard'], { basePath: running.url });
      // Both ran on the wall clock a moment apart (dataAsOf, the share of the quarter gone): the scorecard itself is the same.
      const scorecardOf = (answer: unknown) => {
        const { owner, role, period, grade, kpis } = (answer as { data: { owner: unknown; role: unknown; period: unknown; grade: unknown; kpis: unknown } }).data;
        return { owner, role, period, grade, kpis };
      };
      expect(scorecardOf(built['owner-scorecard'])).toEqual(scorecardOf(JSON.parse(JSON.stringify(viaTypeScript))));
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
