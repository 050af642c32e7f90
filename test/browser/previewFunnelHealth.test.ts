import { LEAKY_TEAM_ID } from '../../src/emulator/demo/demoRoster';
import type { FunnelHealthOutput } from '../../src/handlers/contracts/funnelHealth';
import { en } from '../../extensions/i18n/en';
import { createFormat } from '../../extensions/i18n/format';
import type { Harness } from './browserHarness';
import { describeInBrowser, startHarness, textOf } from './browserHarness';

const format = createFormat('en-US');

describeInBrowser('preview: a manager opens Funnel health', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(() => h?.close());

  it('shows the leaky team’s first stage pair as an alert with its rate and threshold', async () => {
    const manager = h.person('manager', (p) => p.teamName?.startsWith('South China') === true);
    const dto = await h.api<FunnelHealthOutput>('POST', '/api/v1/funnel-health', manager.userId, {});
    const alert = dto.alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID);
    expect(alert).toBeDefined();
    const { pair } = alert!;
    // Below the threshold by a margin the interval confirms: warning, or critical when far below (kpi-spec §5).
    expect(['warning', 'critical']).toContain(pair.severity);
    const severity = pair.severity as 'warning' | 'critical';
    expect(pair.rate).toBeLessThan(pair.threshold);

    const page = await h.open({ user: String(manager.userId), view: 'page', lang: 'en-US' });
    await page.click('[data-surface=app-page] button[data-tab-id=funnel]');
    const selector = `[data-testid="alert-${LEAKY_TEAM_ID}-${pair.from}-${pair.to}"]`;
    const text = await textOf(page, selector);
    expect(text).toContain(`${en.funnel.severity[severity]} · ${en.funnel.alertTitle(alert!.group.name, pair.fromLabel, pair.toLabel)}`);
    expect(text).toContain(en.funnel.alertBody(format.percent(pair.rate), format.percent(pair.threshold, 0)));
    expect(await page.$eval(selector, (el) => el.className)).toContain(severity === 'critical' ? 'hs-alert--danger' : 'hs-alert--warning');
    // The team's chart is drawn: one bar per pair for conversion and threshold.
    const bars = await page.$$eval(`[data-testid="funnel-${LEAKY_TEAM_ID}"] rect`, (rects) => rects.length);
    expect(bars).toBe(2 * dto.teams.find((t) => t.id === LEAKY_TEAM_ID)!.pairs.filter((p) => p.rate !== null).length);
    expect(h.pageErrors).toEqual([]);
  });

  it('offers a rep no Funnel health tab, and the funnel route refuses them', async () => {
    const rep = h.person('rep');
    const page = await h.open({ user: String(rep.userId), view: 'page', lang: 'en-US' });
    await page.waitForSelector('[data-surface=app-page] button[data-tab-id=mine]');
    expect(await page.$$eval('[data-surface=app-page] button[data-tab-id]', (tabs) => tabs.map((t) => t.getAttribute('data-tab-id')))).toEqual(['mine', 'scores']);
    await expect(h.api('POST', '/api/v1/funnel-health', rep.userId, {})).rejects.toThrow(/"code":"forbidden"/);
  });

  it('scans alerts as the manager and lists the task that landed in the emulator', async () => {
    const manager = h.person('manager', (p) => p.teamName?.startsWith('South China') === true);
    const page = await h.open({ user: String(manager.userId), view: 'tasks', lang: 'en-US' });
    await page.click('[data-testid=scan-alerts]');
    const summary = await textOf(page, '[data-testid=scan-summary]');
    const created = Number(/(\d+) created/.exec(summary)?.[1]);
    expect(created).toBeGreaterThan(0);
    await page.waitForSelector(`[data-testid=task-list] tbody tr:nth-child(${created})`);
    const rows = await page.$$eval('[data-testid=task-list] tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(rows.some((row) => row.includes('South China') && row.includes(manager.name))).toBe(true);
    expect(h.pageErrors).toEqual([]);
  });
});
