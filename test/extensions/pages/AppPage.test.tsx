import { Alert, BarChart, Button, EmptyState, ErrorState, Link, LoadingButton, Select, StatisticsItem, TableRow, Tabs, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { APP_PAGE_ROUTES, AppPage } from '../../../extensions/pages/AppPage';
import { funnelHealthOutputSchema } from '../../../src/handlers/contracts/funnelHealth';
import { fail, fakeClient, fire, ok, settle } from '../support/fakeClient';
import { funnelFixture, scanFixture, scorecardFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

/** The page at a route, as HubSpot opens it; navigating moves the renderer's page location as HubSpot would. */
function renderPage(client: ReturnType<typeof fakeClient>, locale = 'en-US', path = APP_PAGE_ROUTES.funnel as string) {
  const r = createRenderer('pages');
  r.mocks.setPageLocation({ path, params: {} });
  const navigateToPage = jest.fn(({ to }: { to: string }) => r.mocks.setPageLocation({ path: to, params: {} }));
  r.render(<AppPage client={client} locale={locale} portalId={4400123} navigateToPage={navigateToPage} />);
  return Object.assign(r, { navigateToPage });
}

const funnelLoaded = (r: ReturnType<typeof renderPage>) => r.waitFor(() => expect(r.maybeFind(BarChart)).not.toBeNull());

describe('AppPage', () => {
  it('opens on "My scorecard": the signed-in user\'s own (no owner id sent), without loading the funnel', async () => {
    const client = fakeClient({ ownerScorecard: async () => ok(scorecardFixture) });
    const r = renderPage(client, 'en-US', APP_PAGE_ROUTES.mine);
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());
    expect(client.ownerScorecard).toHaveBeenCalledWith({});
    expect(client.funnelHealth).not.toHaveBeenCalled();
    fire(r.find(Tabs), 'onSelectedChange', 'funnel');
    await settle();
    expect(r.navigateToPage).toHaveBeenCalledWith({ to: '/funnel' });
    expect(client.funnelHealth).toHaveBeenCalledWith({});
    expect(r.find(Tabs).props.selected).toBe('funnel');
  });

  it('opens Funnel health straight from its route, and says so in the user’s language when the route is unknown', async () => {
    const client = fakeClient({ funnelHealth: async () => ok(funnelFixture) });
    const r = renderPage(client, 'en-US', '/funnel');
    await funnelLoaded(r);
    expect(client.ownerScorecard).not.toHaveBeenCalled();
    const lost = renderPage(fakeClient(), 'zh-CN', '/scorecards/old-link');
    await lost.waitFor(() => expect(lost.maybeFindByTestId(EmptyState, 'page-not-found')).not.toBeNull());
    expect(lost.findByTestId(EmptyState, 'page-not-found').props.title).toBe('Sales KPI Cards 中没有此页面');
  });

  it('charts each team\'s conversion against its thresholds', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(funnelFixture) }));
    await funnelLoaded(r);
    const chart = r.find(BarChart);
    expect(chart.props.options?.title).toBe('East China: stage conversion');
    expect(chart.props.data).toEqual([
      { pair: 'Lead → Qualified', series: 'Conversion', percent: 25 },
      { pair: 'Lead → Qualified', series: 'Threshold', percent: 30 },
      { pair: 'Qualified → Proposal', series: 'Conversion', percent: 60 },
      { pair: 'Qualified → Proposal', series: 'Threshold', percent: 50 },
      { pair: 'Proposal → Closed won', series: 'Conversion', percent: 27.8 },
      { pair: 'Proposal → Closed won', series: 'Threshold', percent: 40 },
    ]);
  });

  it('lists the pairs under threshold as alerts with n and the 95% interval, linking an existing task', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(funnelFixture) }));
    await funnelLoaded(r);
    const team = r.findByTestId(Alert, 'alert-east-lead-qualified');
    expect(team.props).toMatchObject({ variant: 'warning', title: 'Warning · East China: Lead → Qualified' });
    expect(visibleText(team)).toContain('Conversion 25% against a threshold of 30%.');
    expect(visibleText(team)).toContain('n = 120 deals, 95% interval 18%–33%.');
    const rep = r.findByTestId(Alert, 'alert-102-lead-qualified');
    expect(rep.props.variant).toBe('danger');
    expect(visibleText(rep)).toContain('n = 23 deals, 95% interval 5%–28%.');
    expect(rep.find(Link).props.href).toEqual({ url: 'https://app-eu1.hubspot.com/tasks/4400123/view/all/task/9001', external: true });
  });

  it('lists every pair under the chart with full stage names, rate and threshold in %, n, interval and status', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(funnelFixture) }));
    await funnelLoaded(r);
    expect(visibleText(r.findByTestId(TableRow, 'pair-east-lead-qualified'))).toBe('Lead → Qualified 25% 30% 120 18%–33% Warning');
    expect(visibleText(r.findByTestId(TableRow, 'pair-east-proposal-won'))).toBe('Proposal → Closed won 27.8% 40% 18 12%–51% Too few deals');
  });

  it('sorts the rep table by the largest gap first, and counts the reps with no gap instead of listing them', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(funnelFixture) }));
    await funnelLoaded(r);
    const rows = r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('rep-'));
    expect(rows.map((row) => visibleText(row))).toEqual([
      'Zhang Min East China 17 pts Lead → Qualified 13%',
      'Li Wei East China 7.2 pts Lead → Qualified 22.8%',
    ]);
    expect(visibleText(r.findByTestId(Text, 'reps-fine'))).toBe('1 more reps are at or above every threshold.');
  });

  it('scans alerts on demand and lists the tasks created, with links', async () => {
    const client = fakeClient({ funnelHealth: async () => ok(funnelFixture), scanAlerts: async () => ok(scanFixture) });
    const r = renderPage(client);
    await funnelLoaded(r);
    r.find(LoadingButton).trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Link, 'task-9002')).not.toBeNull());
    expect(client.scanAlerts).toHaveBeenCalledWith({ pipelineId: 'default', period: '2026-Q3' });
    expect(visibleText(r.getRootNode())).toContain('1 tasks created, 1 updated, 0 resolved.');
    const link = r.findByTestId(Link, 'task-9002');
    expect(link.text).toBe('East China: Lead → Qualified at 25% (threshold 30%)');
    expect(link.props.href).toEqual({ url: 'https://app-eu1.hubspot.com/tasks/4400123/view/all/task/9002', external: true });
  });

  it('links no task when HubSpot would not say where the portal’s UI lives, but still names it', async () => {
    const unknownHost = { ...funnelFixture, uiDomain: null };
    const client = fakeClient({ funnelHealth: async () => ok(unknownHost), scanAlerts: async () => ok({ ...scanFixture, uiDomain: null }) });
    const r = renderPage(client);
    await funnelLoaded(r);
    expect(r.findByTestId(Alert, 'alert-102-lead-qualified').maybeFind(Link)).toBeNull();
    r.find(LoadingButton).trigger('onClick');
    await r.waitFor(() => expect(r.maybeFind(Text, (node) => node.props.testId === 'task-9002')).not.toBeNull());
    expect(r.maybeFind(Link)).toBeNull();
  });

  it('reloads for another pipeline picked in the Select', async () => {
    const client = fakeClient({ funnelHealth: async () => ok(funnelFixture) });
    const r = renderPage(client);
    await funnelLoaded(r);
    fire(r.findByTestId(Select, 'pipeline'), 'onChange', 'renewals');
    await settle();
    expect(client.funnelHealth).toHaveBeenLastCalledWith({ pipelineId: 'renewals' });
  });

  it('shows the empty state for a period without funnel data', async () => {
    const empty = funnelHealthOutputSchema.parse({ ...funnelFixture, teams: [], reps: [], alerts: [] });
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(empty) }));
    await r.waitFor(() => expect(r.maybeFind(EmptyState)?.props.title).toBe('No funnel data yet'));
  });

  it('shows a rep the permission-denied state for funnel health', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => fail('forbidden', 'managers and directors only') }));
    await r.waitFor(() => expect(r.maybeFind(ErrorState)?.props.type).toBe('lock'));
    expect(r.maybeFindByTestId(Button, 'retry')).toBeNull();
  });

  it('retries funnel health after an error', async () => {
    const client = fakeClient();
    client.funnelHealth.mockResolvedValueOnce(fail('internal', 'boom')).mockResolvedValueOnce(ok(funnelFixture));
    const r = renderPage(client);
    await r.waitFor(() => expect(r.maybeFindByTestId(Button, 'retry')).not.toBeNull());
    r.findByTestId(Button, 'retry').trigger('onClick');
    await funnelLoaded(r);
    expect(client.funnelHealth).toHaveBeenCalledTimes(2);
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = renderPage(fakeClient({ funnelHealth: async () => ok(funnelFixture) }), 'zh-CN');
    await funnelLoaded(r);
    expect(r.find(Tabs).childNodes.map((tab) => (tab.nodeType === 'element' ? tab.props.title : ''))).toEqual(['我的记分卡', '团队', '评分录入', '销售漏斗健康度', '关键细分市场', '报告']);
    expect(r.findByTestId(Alert, 'alert-102-lead-qualified').props.title).toBe('严重 · Zhang Min：Lead → Qualified');
    expect(r.find(LoadingButton).text).toBe('扫描预警');
    expect((r.find(BarChart).props.data as object[])[0]).toEqual({ pair: 'Lead → Qualified', series: '转化率', percent: 25 });
  });
});

describe('AppPage tabs by role', () => {
  const views = (team: boolean, scores: boolean) => ({ mine: true, team, scores, funnel: team, segments: team, reports: team });
  const titles = (r: ReturnType<typeof renderPage>) => r.find(Tabs).childNodes.map((tab) => (tab.nodeType === 'element' ? tab.props.title : ''));

  it('shows a rep My scorecard and Score entry only, and opens My scorecard even when asked for the funnel', async () => {
    const client = fakeClient({
      viewerContext: async () => ok({ role: 'rep', owner: { id: '101', name: 'Li Wei' }, views: views(false, true) }),
      ownerScorecard: async () => ok(scorecardFixture),
    });
    const r = renderPage(client, 'en-US', APP_PAGE_ROUTES.funnel);
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());
    expect(titles(r)).toEqual(['My scorecard', 'Score entry']);
    expect(client.funnelHealth).not.toHaveBeenCalled();
  });

  it('shows a manager every tab, in Chinese for zh-CN', async () => {
    const client = fakeClient({
      viewerContext: async () => ok({ role: 'manager', owner: { id: '201', name: 'Chen Jing' }, views: views(true, true) }),
      funnelHealth: async () => ok(funnelFixture),
    });
    const r = renderPage(client, 'zh-CN');
    await funnelLoaded(r);
    expect(titles(r)).toEqual(['我的记分卡', '团队', '评分录入', '销售漏斗健康度', '关键细分市场', '报告']);
  });
});
