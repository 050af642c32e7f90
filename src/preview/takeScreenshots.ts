import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { LEAKY_TEAM_ID } from '../emulator/demo/demoRoster';
import type { SnapshotInput } from '../domain/snapshot';
import { silentLogger } from '../server/backendLogger';
import type { PreviewPersonDto } from './previewApi';
import { previewSessionSchema, recordListSchema } from './previewApi';
import type { RunningPreview } from './startPreview';
import { startPreview } from './startPreview';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface ScreenshotOptions {
  snapshot: SnapshotInput;
  outDir: string;
  chromiumPath: string;
  log: (line: string) => void;
}

/** Cards on 20k deals take a few seconds on first load; the screenshot waits for the real content. */
const CONTENT_TIMEOUT_MS = 120_000;

/**
 * The README's pictures: the deal card and the scorecard tab on a rep's deal, the
 * app page's Funnel health as the leaky team's manager, My scorecard in zh-CN, the settings
 * page as the admin (and in zh-CN while typing errors), and the manager's workspace (team table, score entry, a KPI
 * opened, a funnel KPI of an ended quarter with its rescoring note). Runs the same server `npm start` runs, on a free port and a
 * throwaway database, so data/ is never touched. Returns the files written.
 */
export async function takeScreenshots(options: ScreenshotOptions): Promise<string[]> {
  const dbDir = mkdtempSync(join(tmpdir(), 'kpi-shots-'));
  const preview = await startPreview({ source: { kind: 'demo', snapshot: options.snapshot }, env: { KPI_DB_PATH: join(dbDir, 'kpi.sqlite') }, port: 0, log: options.log, logger: silentLogger });
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_FLAGS, headless: true });
  try {
    mkdirSync(options.outDir, { recursive: true });
    return await shootAll(preview, browser, options);
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
}

/** The backend answers `preparing` until its portal mirror has its first copy; the pictures show the views after that. */
async function untilMirrorReady(url: string, log: (line: string) => void, timeoutMs = 600_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { sync?: { state: string } };
    if (health.sync === undefined || health.sync.state === 'ready') return;
    if (Date.now() > until) throw new Error(`the portal mirror is still ${health.sync.state} after ${timeoutMs / 1000} s`);
    if (!said) log('waiting for the portal mirror before the pictures');
    said = true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function shootAll(preview: RunningPreview, browser: Browser, options: ScreenshotOptions): Promise<string[]> {
  await untilMirrorReady(preview.url, options.log);
  const session = previewSessionSchema.parse(await (await fetch(`${preview.url}/preview/api/session`)).json());
  const find = (role: PreviewPersonDto['role'], test: (p: PreviewPersonDto) => boolean = () => true): PreviewPersonDto => {
    const person = session.people.find((p) => p.role === role && test(p));
    if (person === undefined) throw new Error(`the portal has no ${role} to photograph`);
    return person;
  };
  const rep = find('rep');
  // The demo's leaky team (South China); any manager on another portal.
  const leakyManager = session.people.find((p) => p.role === 'manager' && p.teamName?.startsWith('South China') === true) ?? find('manager');
  const admin = find('admin');
  const deals = recordListSchema.parse(await (await fetch(`${preview.url}/preview/api/records?type=deals&ownerId=${rep.ownerId ?? ''}`)).json()).records;
  const deal = deals[0];
  if (deal === undefined) throw new Error(`${rep.name} owns no deals`);
  const out = (name: string) => join(options.outDir, name);
  const written: string[] = [];
  const open = async (query: Record<string, string>, height = 900): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1440, height } });
    page.setDefaultTimeout(CONTENT_TIMEOUT_MS);
    await page.goto(`${preview.url}/?${new URLSearchParams(query).toString()}`);
    await page.waitForSelector('[data-ready=true]');
    return page;
  };
  const shoot = async (page: Page, selector: string | null, name: string, height?: number) => {
    await page.mouse.move(0, 0); // no hover state in the picture
    if (selector === null && height !== undefined) await page.screenshot({ path: out(name), fullPage: true, clip: { x: 0, y: 0, width: 1440, height } });
    else if (selector === null) await page.screenshot({ path: out(name), fullPage: true });
    else await (await page.waitForSelector(selector)).screenshot({ path: out(name) });
    options.log(`wrote ${out(name)}`);
    written.push(out(name));
  };

  const record = await open({ user: String(rep.userId), view: 'record', type: 'deals', record: deal.id, lang: 'en-US' });
  await record.waitForSelector('[data-surface=deal-card] [data-testid=win-chance]');
  await record.waitForSelector('[data-surface=scorecard-tab] [data-testid=kpi-table]');
  await shoot(record, null, 'record-page.png');
  await shoot(record, '[data-surface=deal-card]', 'deal-card.png');
  await shoot(record, '[data-surface=scorecard-tab]', 'scorecard-tab.png');

  const funnel = await open({ user: String(leakyManager.userId), view: 'page', lang: 'en-US' });
  await funnel.click('[data-surface=app-page] button[data-tab-id=funnel]');
  await funnel.waitForSelector(`[data-surface=app-page] [data-testid^="alert-${LEAKY_TEAM_ID}-"]`);
  await shoot(funnel, null, 'app-page-funnel-health.png');

  const mine = await open({ user: String(rep.userId), view: 'page', lang: 'zh-CN' });
  await mine.waitForSelector('[data-surface=app-page] [data-testid=kpi-table]');
  await shoot(mine, null, 'app-page-my-scorecard-zh.png');

  const settings = await open({ user: String(admin.userId), view: 'settings', lang: 'en-US' });
  await settings.fill('[data-testid="roles.rep.kpis.0.weight"] input', '50');
  await settings.click('[data-testid=save]');
  await settings.waitForSelector('[data-testid=invalid]');
  await shoot(settings, null, 'settings-page.png');
  await shootSettingsErrorsZh(open, shoot, admin);
  await shootWorkspace({ open, shoot, rep, manager: leakyManager, log: options.log });
  return written;
}

/** The settings page in zh-CN as an admin types: text in a weight, a fractional weight, a target of 0; every message in Chinese at its field. */
async function shootSettingsErrorsZh(open: Camera['open'], shoot: Camera['shoot'], admin: PreviewPersonDto): Promise<void> {
  const page = await open({ user: String(admin.userId), view: 'settings', lang: 'zh-CN' }, 1400);
  await page.fill('[data-testid="roles.rep.kpis.0.weight"] input', 'abc');
  await page.fill('[data-testid="roles.rep.kpis.1.weight"] input', '12.5');
  await page.fill('[data-testid="roles.rep.kpis.2.target"] input', '0');
  await page.click('[data-testid=save]');
  await page.waitForSelector('[data-testid=invalid]');
  await shoot(page, null, 'settings-page-zh.png');
}

interface Camera {
  open: (query: Record<string, string>, height?: number) => Promise<Page>;
  shoot: (page: Page, selector: string | null, name: string, height?: number) => Promise<void>;
  rep: PreviewPersonDto;
  manager: PreviewPersonDto;
  log: (line: string) => void;
}

/** The manager's workspace: the team side by side, score entry in zh-CN (real CJK glyphs), a KPI opened on a rep's scorecard. */
async function shootWorkspace({ open, shoot, rep, manager, log }: Camera): Promise<void> {
  log(`the team of ${manager.name}`);
  const team = await open({ user: String(manager.userId), view: 'page', lang: 'en-US' });
  await team.click('[data-surface=app-page] button[data-tab-id=team]');
  await team.waitForSelector('[data-surface=app-page] [data-testid=team-line]');
  await shoot(team, null, 'app-page-team.png');

  log(`score entry as ${manager.name}`);
  const scores = await open({ user: String(manager.userId), view: 'page', lang: 'zh-CN' });
  await scores.click('[data-surface=app-page] button[data-tab-id=scores]');
  const first = await scores.waitForSelector('[data-surface=app-page] [data-testid=owner] select');
  await first.selectOption({ index: 1 });
  await scores.fill('[data-surface=app-page] [data-testid=input-csat-score] input', '86');
  await scores.click('[data-surface=app-page] [data-testid=save-csat-score]');
  await scores.waitForSelector('[data-surface=app-page] [data-testid=saved-csat-score]');
  await shoot(scores, null, 'app-page-score-entry-zh.png');

  log(`revenue attainment of ${rep.name}`);
  const details = await open({ user: String(rep.userId), view: 'page', lang: 'en-US' }, 1200);
  await details.click('[data-surface=app-page] [data-testid=open-kpi-revenue_attainment]');
  await details.waitForSelector('[data-surface=app-page] [data-testid=detail-records]');
  await shoot(details, null, 'app-page-kpi-details.png');

  log(`stage conversion of ${manager.name}, last quarter`);
  const funnel = await open({ user: String(manager.userId), view: 'page', lang: 'en-US' }, 1400);
  const period = await funnel.waitForSelector('[data-surface=app-page] [data-testid=period] select');
  await period.selectOption({ index: 1 });
  await funnel.waitForSelector('[data-surface=app-page] [data-testid=rescored]');
  await funnel.click('[data-surface=app-page] [data-testid=open-kpi-stage_conversion]');
  const pairs = await funnel.waitForSelector('[data-surface=app-page] [data-testid=detail-pairs]');
  // From the top (the rescoring note) to the pairs and the first dozen of the 500 deals listed.
  const box = await pairs.boundingBox();
  await shoot(funnel, null, 'app-page-kpi-details-funnel.png', box === null ? undefined : box.y + box.height + 520);
}
