import { csvOfHref } from '../../extensions/client/csvHref';
import { en } from '../../extensions/i18n/en';
import { createFormat } from '../../extensions/i18n/format';
import { parseCsv } from '../../src/domain/csv';
import type { KpiDetailsOutput } from '../../src/handlers/contracts/kpiDetails';
import type { OwnerScorecardOutput } from '../../src/handlers/contracts/ownerScorecard';
import type { TeamScorecardsOutput } from '../../src/handlers/contracts/teamScorecards';
import type { Harness } from './browserHarness';
import { describeInBrowser, startHarness, textOf } from './browserHarness';

const format = createFormat('en-US');
const APP = '[data-surface=app-page]';

describeInBrowser('preview: the manager’s workspace', () => {
  let h: Harness;
  let manager: ReturnType<Harness['person']>;
  let team: TeamScorecardsOutput;
  beforeAll(async () => {
    h = await startHarness();
    manager = h.person('manager');
    team = await h.api<TeamScorecardsOutput>('POST', '/api/v1/team-scorecards', manager.userId, {});
  }, 60_000);
  afterAll(() => h?.close());

  const openTab = async (userId: number, tab: 'mine' | 'team' | 'scores') => {
    const page = await h.open({ user: String(userId), view: 'page', lang: 'en-US' });
    await page.click(`${APP} button[data-tab-id=${tab}]`);
    return page;
  };

  it('a manager enters a satisfaction score and the rep’s total moves by the KPI’s weight × the score change', async () => {
    const rep = team.members[0]!;
    const scorecard = () => h.api<OwnerScorecardOutput>('POST', '/api/v1/owner-scorecard', manager.userId, { ownerId: rep.ownerId, period: team.period });
    await h.api('POST', '/api/v1/manual-scores', manager.userId, { ownerId: rep.ownerId, period: team.period, key: 'csat', score: 40 });
    const before = await scorecard();
    const csat = before.kpis.find((k) => k.id === 'manual:csat')!;

    const page = await openTab(manager.userId, 'scores');
    await page.selectOption(`${APP} [data-testid=owner] select`, { label: rep.name });
    await page.waitForSelector(`${APP} [data-testid=current-csat-score]`);
    await page.fill(`${APP} [data-testid=input-csat-score] input`, '80');
    await page.click(`${APP} [data-testid=save-csat-score]`);
    expect(await textOf(page, `${APP} [data-testid=saved-csat-score]`)).toContain(en.scores.corrected('40', '80'));

    const after = await scorecard();
    const cap = 1.5;
    const expected = (csat.weight * (Math.min(80 / csat.target!, cap) - Math.min(40 / csat.target!, cap)) * 100) / 100;
    expect(after.total! - before.total!).toBeCloseTo(expected, 6);
    expect(h.pageErrors).toEqual([]);
  });

  it('a manager sorts the team table and opens a rep’s scorecard from it', async () => {
    const page = await openTab(manager.userId, 'team');
    await page.waitForSelector(`${APP} [data-testid=team-line]`);
    await page.click(`${APP} [data-testid=team-table] th:has-text("${en.scorecard.total}")`);
    const shown = await page.$$eval(`${APP} [data-testid^=member-]`, (rows) => rows.map((r) => r.getAttribute('data-testid')));
    const fresh = await h.api<TeamScorecardsOutput>('POST', '/api/v1/team-scorecards', manager.userId, {});
    const ascending = [...fresh.members].sort((a, b) => (a.total === null ? 1 : b.total === null ? -1 : a.total - b.total || a.name.localeCompare(b.name)));
    expect(shown).toEqual(ascending.map((m) => `member-${m.ownerId}`));
    const first = ascending[0]!;
    await page.click(`${APP} [data-testid=open-${first.ownerId}]`);
    // The team table's own heading is an h3 too: wait for the rep's scorecard to replace it.
    await page.waitForSelector(`${APP} h3:has-text(${JSON.stringify(en.scorecard.title(first.name))})`);
    expect(await textOf(page, `${APP} [data-testid=total]`)).toContain(format.number(first.total, 1));
    expect(h.pageErrors).toEqual([]);
  });

  it('a drill-down lists exactly the deals whose amounts add up to the revenue shown', async () => {
    const rep = team.members.find((m) => m.scores.some((s) => s.kpi === 'revenue_attainment' && s.status === 'ok'))!;
    const repUser = h.session.people.find((p) => p.ownerId === rep.ownerId)!;
    const details = await h.api<KpiDetailsOutput>('POST', '/api/v1/kpi-details', repUser.userId, { kpi: 'revenue_attainment' });
    const page = await openTab(repUser.userId, 'mine');
    await page.click(`${APP} [data-testid=open-kpi-revenue_attainment]`);
    await page.waitForSelector(`${APP} [data-testid=detail-records]`);
    const ids = await page.$$eval(`${APP} [data-testid^=record-]`, (rows) => rows.map((r) => r.getAttribute('data-testid')!.slice('record-'.length)));
    expect(ids.sort()).toEqual(details.records.map((r) => r.id).sort());
    const won = details.formula.inputs.find((i) => i.name === 'won')!.value!;
    expect(details.records.reduce((sum, r) => sum + r.amount!, 0)).toBeCloseTo(won, 6);
    expect(await textOf(page, `${APP} [data-testid=formula]`)).toContain(`${en.details.input.won} ${format.currency(won, details.currency)}`);
    expect(await textOf(page, `${APP} [data-testid=kpi-revenue_attainment]`)).toContain(format.percent(details.actual));
    expect(h.pageErrors).toEqual([]);
  });

  it('the team CSV holds the same rows as the table, in its order, with a byte-order mark', async () => {
    const page = await openTab(manager.userId, 'team');
    await page.waitForSelector(`${APP} [data-testid=team-line]`);
    const href = await page.getAttribute(`${APP} [data-testid=export-team]`, 'href');
    const csv = csvOfHref(href ?? '') ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    const rows = parsed.ok ? parsed.rows.filter((r) => r.length > 0) : [];
    const shown = await page.$$eval(`${APP} [data-testid^=member-]`, (trs) => trs.map((tr) => tr.getAttribute('data-testid')!.slice('member-'.length)));
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(shown);
    expect(rows.at(-1)?.[0]).toBe(team.team.id);
    const names = await page.$$eval(`${APP} [data-testid^=open-]`, (links) => links.map((a) => (a as HTMLElement).innerText.trim()));
    expect(rows.slice(1, -1).map((r) => r[1])).toEqual(names);
  });
});
