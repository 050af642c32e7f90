import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/cliIo';
import { runStart } from '../../src/cli/commands/start';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { RunningPreview } from '../../src/preview/startPreview';

describe('kpi start --snapshot FILE', () => {
  let dir: string;
  let running: RunningPreview | undefined;
  const io = memoryIo();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
    const file = join(dir, 'portal.json');
    writeFileSync(file, JSON.stringify(generateDemoSnapshot({ deals: 200, seed: 3, asOf: Date.UTC(2026, 10, 20) })));
    running = await runStart({ snapshot: file, port: '0', deals: '0', seed: '1', cacheDir: join(dir, 'cache'), limits: true }, io, { KPI_DB_PATH: join(dir, 'kpi.sqlite') });
  }, 30_000);
  afterAll(async () => {
    await running?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the one URL the preview, the backend and the emulator share', () => {
    expect(io.stdout).toEqual([`Sales KPI Cards preview: ${running!.url}`]);
    expect(io.stderr.some((line) => line.includes('/crm/v3/'))).toBe(true);
  });

  it('listens on 127.0.0.1 only, since its backend runs in dev mode, and says so', () => {
    expect(running!.boundAddress).toBe('127.0.0.1');
    expect(running!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(io.stderr.some((line) => line.startsWith('kpi: listening on 127.0.0.1 only'))).toBe(true);
  });

  it('answers HubSpot’s CRM API under /crm/v3 on that port, with the emulator’s token', async () => {
    const page = await fetch(`${running!.url}/crm/v3/objects/deals?limit=5`, { headers: { Authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(page.status).toBe(200);
    expect(((await page.json()) as { results: unknown[] }).results).toHaveLength(5);
    const refused = await fetch(`${running!.url}/crm/v3/objects/deals?limit=5`);
    expect(refused.status).toBe(401);
  });

  it('serves the preview page and its script, and the backend in dev mode only for a chosen user', async () => {
    expect(await (await fetch(running!.url)).text()).toContain('<script src="/preview.js">');
    expect((await fetch(`${running!.url}/preview.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${running!.url}/api/v1/settings`)).status).toBe(401);
    const asAdmin = await fetch(`${running!.url}/api/v1/settings`, { headers: { 'X-Demo-User-Id': '51000002' } });
    expect(asAdmin.status).toBe(200);
  });

  it('refuses a port that is not one', async () => {
    await expect(runStart({ port: '70000', deals: '0', seed: '1', cacheDir: dir, limits: true }, memoryIo(), {})).rejects.toThrow('--port: 70000 is not a TCP port');
  });
});
