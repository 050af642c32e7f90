import { Alert, Button, ErrorState, LoadingSpinner, ProgressBar, StatisticsItem, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DealCard } from '../../../extensions/cards/DealCard';
import type { DealKpisOutput } from '../../../src/handlers/contracts/dealKpis';
import { dealKpisOutputSchema } from '../../../src/handlers/contracts/dealKpis';
import { deferred, fail, fakeClient, ok, settle } from '../support/fakeClient';
import { dealFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function renderCard(client: ReturnType<typeof fakeClient>, locale = 'en-US') {
  const renderer = createRenderer('crm.record.sidebar');
  renderer.render(<DealCard client={client} dealId="7001" locale={locale} />);
  return renderer;
}

const variant = (patch: (d: DealKpisOutput) => DealKpisOutput) => dealKpisOutputSchema.parse(patch(structuredClone(dealFixture)));

describe('DealCard', () => {
  it('shows a spinner until the deal KPIs arrive, asking for this deal', async () => {
    const pending = deferred<ReturnType<typeof ok<DealKpisOutput>>>();
    const client = fakeClient({ dealKpis: () => pending.promise });
    const r = renderCard(client);
    expect(r.find(LoadingSpinner).props.label).toBe('Loading…');
    await settle();
    expect(client.dealKpis).toHaveBeenCalledWith({ dealId: '7001' });
    expect(r.find(LoadingSpinner).props.label).toBe('Loading…');
    pending.resolve(ok(dealFixture));
    await r.waitFor(() => expect(r.maybeFind(LoadingSpinner)).toBeNull());
  });

  it('shows stage, days in stage with a Stalled tag, the chance to win with n, attainment before → after and the commission added', async () => {
    const r = renderCard(fakeClient({ dealKpis: async () => ok(dealFixture) }));
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    const text = visibleText(r.getRootNode());
    expect(text).toContain('Proposal');
    expect(text).toContain('41 days in this stage');
    expect(text).toContain('Won deals usually leave this stage within 30 days.');
    expect(r.findByTestId(Tag, 'stalled').text).toBe('Stalled');
    const chance = r.findByTestId(StatisticsItem, 'win-chance');
    expect(chance.props.number).toBe('42%');
    expect(visibleText(chance)).toContain('Based on 57 past deals (95% range 30%–55%).');
    const bar = r.find(ProgressBar);
    expect(bar.props.title).toBe("Li Wei's attainment, 2026-Q3");
    expect(bar.props.value).toBe(65);
    expect(bar.props.valueDescription).toBe('65% now → 82% if this deal closes won');
    const commission = r.findByTestId(StatisticsItem, 'commission');
    expect(commission.props.label).toBe('Commission this deal would add');
    expect(commission.props.number).toBe('CN¥10,000');
    expect(visibleText(commission)).toContain('Earned so far this period: CN¥39,000');
  });

  it('hides the commission when the viewer may not see it (impact.commission null) but keeps attainment', async () => {
    const noCommission = variant((d) => ({ ...d, impact: d.impact && { ...d.impact, commission: null } }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(noCommission) }));
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    expect(r.maybeFindByTestId(StatisticsItem, 'commission')).toBeNull();
    expect(visibleText(r.getRootNode())).not.toContain('Commission');
  });

  it("says the owner's numbers are private instead of showing quota, attainment or commission when the viewer may not see that owner", async () => {
    const hidden = variant((d) => ({ ...d, impact: null, impactHidden: true }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(hidden) }), 'zh-CN');
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'win-chance')).not.toBeNull());
    expect(r.maybeFind(ProgressBar)).toBeNull();
    expect(visibleText(r.getRootNode())).toContain('Li Wei 的配额、达成率和佣金仅本人、其经理、总监和管理员可见。');
    expect(visibleText(r.getRootNode())).not.toContain('该交易没有负责人');
  });

  it('says when its numbers come from older settings than the latest saved ones', async () => {
    const older = variant((d) => ({ ...d, settingsFallback: { corruptVersion: 5, usedVersion: 4 } }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(older) }), 'zh-CN');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'settings-fallback')).not.toBeNull());
    expect(r.findByTestId(Alert, 'settings-fallback').props.title).toBe('正在使用较早的设置');
    expect(visibleText(r.getRootNode())).toContain('最新保存的设置（版本 5）无法读取，以下数字使用版本 4。');
    const current = renderCard(fakeClient({ dealKpis: async () => ok(dealFixture) }));
    await current.waitFor(() => expect(current.maybeFind(ProgressBar)).not.toBeNull());
    expect(current.maybeFindByTestId(Alert, 'settings-fallback')).toBeNull();
  });

  it('does not flag a deal that is within the stalled line, and says when there is no line yet', async () => {
    const fresh = variant((d) => ({ ...d, health: { ...d.health, daysInStage: 6, stalledLineDays: null, stalled: null } }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(fresh) }));
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    expect(r.maybeFindByTestId(Tag, 'stalled')).toBeNull();
    expect(visibleText(r.getRootNode())).toContain('No stalled line yet: fewer than 10 won deals have passed this stage.');
  });

  it('says "1 day", not "1 days", for a deal that entered its stage yesterday', async () => {
    const young = variant((d) => ({ ...d, health: { ...d.health, daysInStage: 1.2, stalled: false } }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(young) }));
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    expect(visibleText(r.getRootNode())).toContain('1 day in this stage');
    expect(visibleText(r.getRootNode())).not.toContain('1 days');
  });

  it('says attainment is unknown when no quota is set, instead of showing 0%', async () => {
    const noQuota = variant((d) => ({
      ...d,
      impact: d.impact && { ...d.impact, quota: null, attainmentNow: null, attainmentAfter: null, reason: 'No quota for Li Wei in 2026-Q3' },
    }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(noQuota) }));
    await r.waitFor(() => expect(visibleText(r.getRootNode())).toContain('No quota is set for this period'));
    expect(r.maybeFind(ProgressBar)).toBeNull();
  });

  it('shows the empty state for a deal with neither stage nor owner', async () => {
    const bare = variant((d) => ({ ...d, deal: { ...d.deal, stageId: null, stageLabel: null, outcome: null }, owner: null, impact: null }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(bare) }));
    await r.waitFor(() => expect(visibleText(r.getRootNode())).toContain('Nothing to measure yet'));
  });

  it('shows an error with Retry; Retry calls the client again and then shows the deal', async () => {
    const client = fakeClient();
    client.dealKpis
      .mockResolvedValueOnce(fail('crm_unavailable', 'HubSpot answered 503 three times'))
      .mockResolvedValueOnce(ok(dealFixture));
    const r = renderCard(client);
    await r.waitFor(() => expect(r.maybeFind(ErrorState)).not.toBeNull());
    expect(r.find(ErrorState).props.title).toBe('Could not reach HubSpot');
    expect(visibleText(r.getRootNode())).toContain('HubSpot answered 503 three times');
    r.findByTestId(Button, 'retry').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    expect(client.dealKpis).toHaveBeenCalledTimes(2);
  });

  it('shows the request id of an internal error, so the admin can find its log line', async () => {
    const internal = { ok: false as const, error: { code: 'internal' as const, message: 'something went wrong on the KPI backend; it has been logged', requestId: '7be0f3bc-743a' } };
    const r = renderCard(fakeClient({ dealKpis: async () => internal }));
    await r.waitFor(() => expect(r.maybeFind(ErrorState)).not.toBeNull());
    expect(r.findByTestId(Text, 'request-id').text).toBe('Reference for your admin: 7be0f3bc-743a');
    expect(r.maybeFindByTestId(Button, 'retry')).not.toBeNull();
  });

  it('shows the permission-denied state, without a Retry, on forbidden', async () => {
    const r = renderCard(fakeClient({ dealKpis: async () => fail('forbidden', 'not your team') }));
    await r.waitFor(() => expect(r.maybeFind(ErrorState)).not.toBeNull());
    expect(r.find(ErrorState).props).toMatchObject({ type: 'lock', title: 'You do not have access' });
    expect(r.maybeFindByTestId(Button, 'retry')).toBeNull();
  });

  it('speaks Chinese for zh-CN, with yuan formatted for China', async () => {
    const r = renderCard(fakeClient({ dealKpis: async () => ok(dealFixture) }), 'zh-CN');
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    const text = visibleText(r.getRootNode());
    expect(text).toContain('已在此阶段 41 天');
    expect(r.findByTestId(Tag, 'stalled').text).toBe('停滞');
    expect(r.findByTestId(StatisticsItem, 'win-chance').props.label).toBe('从当前阶段赢单的概率');
    expect(r.find(ProgressBar).props.title).toBe('Li Wei 的目标达成率（2026-Q3）');
    expect(r.findByTestId(StatisticsItem, 'commission').props.number).toBe('¥10,000');
  });

  it('marks a closed-won deal as won and drops the chance to win', async () => {
    const won = variant((d) => ({ ...d, deal: { ...d.deal, stageId: 'won', stageLabel: 'Closed won', outcome: 'won' }, health: { ...d.health, stalled: false } }));
    const r = renderCard(fakeClient({ dealKpis: async () => ok(won) }));
    await r.waitFor(() => expect(r.maybeFind(ProgressBar)).not.toBeNull());
    expect(r.find(Tag).text).toBe('Closed won');
    expect(r.maybeFindByTestId(StatisticsItem, 'win-chance')).toBeNull();
    expect(r.find(ProgressBar).props.valueDescription).toBe('65% of quota');
  });
});
