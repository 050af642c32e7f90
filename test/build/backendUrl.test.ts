import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildProject } from '../../src/build/buildProject';
import { runCli } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/cliIo';
import { translateTree } from './translateTree';

const REPO = resolve(__dirname, '..', '..');
const BACKEND = 'https://kpi.example.com/hubspot';

const cardFiles = (dir: string): string[] =>
  readdirSync(join(dir, 'src', 'app', 'cards')).filter((f) => f.endsWith('.jsx')).map((f) => join(dir, 'src', 'app', 'cards', f));

describe('npm run build -- --backend-url: cards that call our backend through hubspot.fetch', () => {
  let withBackend: string;
  let plain: string;
  beforeAll(async () => {
    withBackend = mkdtempSync(join(tmpdir(), 'kpi-build-backend-'));
    plain = mkdtempSync(join(tmpdir(), 'kpi-build-plain-'));
    await buildProject({ repoRoot: REPO, outDir: withBackend, backendUrl: BACKEND });
    await buildProject({ repoRoot: REPO, outDir: plain });
  }, 120_000);
  afterAll(() => {
    rmSync(withBackend, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  });

  it('lists the backend in permittedUrls.fetch and compiles it into every card', () => {
    const app = JSON.parse(readFileSync(join(withBackend, 'src', 'app', 'app-hsmeta.json'), 'utf8'));
    expect(app.config.permittedUrls.fetch).toEqual([BACKEND]);
    for (const file of cardFiles(withBackend)) expect(readFileSync(file, 'utf8')).toContain(JSON.stringify(BACKEND));
  });

  it('subscribes the backend to deal webhooks, which HubSpot\'s parser reads as a webhooks component', () => {
    const meta = JSON.parse(readFileSync(join(withBackend, 'src', 'app', 'webhooks', 'webhooks-hsmeta.json'), 'utf8'));
    expect(meta.config.settings.targetUrl).toBe(`${BACKEND}/webhooks/hubspot`);
    const kinds = meta.config.subscriptions.crmObjects.map((s: { subscriptionType: string; propertyName?: string }) => s.propertyName ?? s.subscriptionType);
    expect(kinds).toEqual(expect.arrayContaining(['object.creation', 'object.deletion', 'dealstage', 'amount', 'closedate', 'hubspot_owner_id']));
    const { nodes, skipped } = translateTree(REPO, join(withBackend, 'src'), '2026.03');
    expect(skipped).toEqual([]);
    expect(nodes.deal_mirror_webhooks?.componentType).toMatch(/webhook/i);
  });

  it('keeps the cards on the app functions, and permits no URL, without it', () => {
    expect(readdirSync(join(plain, 'src', 'app'))).not.toContain('webhooks');
    const app = JSON.parse(readFileSync(join(plain, 'src', 'app', 'app-hsmeta.json'), 'utf8'));
    expect(app.config.permittedUrls.fetch).toEqual([]);
    for (const file of cardFiles(plain)) expect(readFileSync(file, 'utf8')).not.toContain('kpi.example.com');
  });

  it('refuses a backend URL HubSpot would not let a card fetch, in one line', async () => {
    const io = memoryIo();
    const code = await runCli(['build', '--out', join(plain, 'never'), '--backend-url', 'http://kpi.example.com'], io);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^kpi: --backend-url must be an https URL/);
  });
});
