import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import type { PreviewPersonDto, PreviewSession } from '../../src/preview/previewApi';
import { previewSessionSchema, recordListSchema } from '../../src/preview/previewApi';
import type { RunningPreview } from '../../src/preview/startPreview';
import { startPreview } from '../../src/preview/startPreview';
import { silentLogger } from '../../src/server/backendLogger';

/** Debian's chromium, where .ci/run installs it; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * A small demo portal (fast), still large enough that the leaky team's first pair is a
 * warning with its n. Its "now" is fixed, and the app's clock runs from there, so every run
 * sees the same quarter whatever the date.
 */
const DEMO = { deals: 3000, seed: 1, asOf: Date.UTC(2026, 11, 15) };
const HALF_DAY = 12 * 3_600_000;

/** The demo's day at noon, advancing in real time (the emulator's rate windows need time to pass). */
function demoClock(): () => number {
  const started = Date.now();
  return () => DEMO.asOf + HALF_DAY + (Date.now() - started);
}

/**
 * `describe` for a browser suite. Without Chromium the suite skips locally with a message, but
 * in CI (CI=true) it fails: the browser tests must never pass there by not running.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH; browser tests do not skip in CI`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium to run the browser tests)`);
  describe.skip(name, body);
}

export interface Harness {
  preview: RunningPreview;
  browser: Browser;
  session: PreviewSession;
  /** Uncaught errors in any page the harness opened; a test ends by expecting none. */
  pageErrors: string[];
  open(query: Record<string, string>): Promise<Page>;
  /** A backend call as a demo user, the way the page's data client makes it. */
  api<T>(method: 'GET' | 'POST' | 'PUT', path: string, userId: number, body?: unknown): Promise<T>;
  person(role: PreviewPersonDto['role'], test?: (p: PreviewPersonDto) => boolean): PreviewPersonDto;
  records(type: 'deals' | 'companies' | 'contacts', ownerId: string | null): Promise<{ id: string; label: string }[]>;
  close(): Promise<void>;
}

/**
 * The team and department views wait for the backend's first copy of the portal (they show
 * "Preparing…" until then, as a user would see them in the first seconds of `npm start`).
 */
async function mirrorReady(getJson: (path: string) => Promise<unknown>): Promise<void> {
  for (const end = Date.now() + 90_000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    const health = (await getJson('/healthz')) as { sync?: { state: string } };
    if (health.sync?.state !== 'backfilling') return;
  }
  throw new Error('the preview\'s mirror did not finish its first backfill in 90 s');
}

/** `npm start`'s server on a free port with its own SQLite file, and a headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-browser-'));
  const preview = await startPreview({
    source: { kind: 'demo', snapshot: generateDemoSnapshot(DEMO) },
    env: { KPI_DB_PATH: join(dir, 'kpi.sqlite') },
    port: 0,
    log: () => undefined,
    logger: silentLogger,
    now: demoClock(),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
  const pageErrors: string[] = [];
  const getJson = async (path: string): Promise<unknown> => (await fetch(`${preview.url}${path}`)).json();
  await untilMirrorReady(preview.url);
  const session = previewSessionSchema.parse(await getJson('/preview/api/session'));
  await mirrorReady(getJson);
  return {
    preview,
    browser,
    session,
    pageErrors,
    async open(query) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${preview.url}/?${new URLSearchParams(query).toString()}`);
      await page.waitForSelector('[data-ready=true]');
      return page;
    },
    async api<T>(method: 'GET' | 'POST' | 'PUT', path: string, userId: number, body?: unknown) {
      const response = await fetch(`${preview.url}${path}`, {
        method,
        headers: { 'X-Demo-User-Id': String(userId), 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      });
      const json = (await response.json()) as unknown;
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
      return json as T;
    },
    person(role, test = () => true) {
      const found = session.people.find((p) => p.role === role && test(p));
      if (found === undefined) throw new Error(`the demo has no ${role} matching the test`);
      return found;
    },
    async records(type, ownerId) {
      const query = ownerId === null ? `type=${type}` : `type=${type}&ownerId=${ownerId}`;
      return recordListSchema.parse(await getJson(`/preview/api/records?${query}`)).records;
    },
    async close() {
      await browser.close();
      await preview.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The backend answers 503 `preparing` until its first copy of the portal is made; the tests
 * are about what a user sees after that, so they start once `/healthz` says it is ready.
 */
async function untilMirrorReady(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { sync?: { state: string; error: string | null } };
    if (health.sync === undefined || health.sync.state === 'ready') return;
    if (Date.now() > until) throw new Error(`the portal mirror is still ${health.sync.state} after ${timeoutMs} ms${health.sync.error === null ? '' : `: ${health.sync.error}`}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The visible text of the first element matching `selector`, once it is there. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector);
  return (await element.innerText()).replace(/\s+/g, ' ').trim();
}
