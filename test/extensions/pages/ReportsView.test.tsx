import { Select, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { APP_PAGE_ROUTES, AppPage } from '../../../extensions/pages/AppPage';
import type { DigestPreviewOutput } from '../../../src/handlers/contracts/digests';
import { fakeClient, fire, ok, settle } from '../support/fakeClient';
import { visibleText } from '../support/visibleText';

const flow = { count: 0, amount: 0, amountUnknown: 0 };
const preview: DigestPreviewOutput = {
  teams: [{ id: 't1', name: 'East China' }, { id: 't2', name: 'North' }],
  team: { id: 't1', name: 'East China' },
  sends: { weekly: true, monthly: false },
  weekly: {
    digest: { kind: 'weekly', week: '2026-W47', from: '2026-11-16T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z', manager: { ownerId: '9', name: 'Chen Jing' }, teams: ['East China'], created: { week: flow, previous: flow }, won: { week: flow, previous: flow }, conversion: [], stalled: [], scores: [] },
    text: { subject: '每周销售进展报告 2026-W47：East China', body: '2026-W47 周（2026-11-16 至 2026-11-22），团队：East China\n新增商机：0 个商机，US$0；上周：0 个商机，US$0' },
  },
  monthly: {
    summary: { kind: 'monthly', month: '2026-10', team: { id: 't1', name: 'East China' }, won: flow, created: flow, attainment: { status: 'not_configured', actual: null, reason: 'no target' }, members: [] },
    text: { subject: '每月业绩总结 2026-10：East China', body: '2026-10 月，团队 East China' },
  },
};

function renderReports(client: ReturnType<typeof fakeClient>, locale: string) {
  const r = createRenderer('pages');
  r.mocks.setPageLocation({ path: APP_PAGE_ROUTES.reports, params: {} });
  r.render(<AppPage client={client} locale={locale} portalId={1} navigateToPage={({ to }) => r.mocks.setPageLocation({ path: to, params: {} })} />);
  return r;
}

describe('Reports tab', () => {
  it('previews the weekly digest and the monthly summary line by line, saying which one the schedule does not send', async () => {
    const client = fakeClient({ digestPreview: async () => ok(preview) });
    const r = renderReports(client, 'zh-CN');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'weekly-subject')).not.toBeNull());
    expect(visibleText(r.findByTestId(Text, 'weekly-subject'))).toBe('每周销售进展报告 2026-W47：East China');
    expect(r.findAll(Text).map((t) => visibleText(t))).toEqual(expect.arrayContaining(['2026-W47 周（2026-11-16 至 2026-11-22），团队：East China', '设置中已关闭此报告的定时发送。']));
    fire(r.findByTestId(Select, 'report-team'), 'onChange', 't2');
    await settle();
    expect(client.digestPreview).toHaveBeenLastCalledWith({ teamId: 't2' });
  });
});
