import { Alert, Button, EmptyState, ErrorState, LineChart, Link, Select, StatisticsItem, TableRow, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { OwnerScorecard } from '../../../extensions/cards/OwnerScorecard';
import { RecordOwnerScorecard } from '../../../extensions/cards/RecordOwnerScorecard';
import { trendRows } from '../../../extensions/cards/scorecard/trendRows';
import { ownerScorecardOutputSchema } from '../../../src/handlers/contracts/ownerScorecard';
import { fail, fakeClient, fire, ok, settle } from '../support/fakeClient';
import { scorecardFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function renderScorecard(client: ReturnType<typeof fakeClient>, locale = 'en-US', portalId?: number) {
  const r = createRenderer('crm.record.tab');
  r.render(<OwnerScorecard client={client} ownerId="101" locale={locale} portalId={portalId} />);
  return r;
}

const loaded = (r: ReturnType<typeof renderScorecard>) => r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());

describe('OwnerScorecard', () => {
  it('shows grade, total and one row per KPI with actual, target, score and applied weight', async () => {
    const client = fakeClient({ ownerScorecard: async () => ok(scorecardFixture) });
    const r = renderScorecard(client);
    await loaded(r);
    expect(client.ownerScorecard).toHaveBeenCalledWith({ ownerId: '101' });
    expect(r.findByTestId(StatisticsItem, 'grade').props.number).toBe('C');
    expect(r.findByTestId(StatisticsItem, 'total').props.number).toBe('80.7');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-revenue_attainment'))).toBe('Revenue attainment 65% 100% 65 40 → 47.1 OK');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-activity_count'))).toBe('Customer visits 27 90 30 5 → 5.9 OK');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-manual:csat'))).toBe('Customer satisfaction 86 80 108 10 → 11.8 OK');
  });

  it('marks a KPI without data as not configured, with the reason in a tooltip, and says its weight was re-spread', async () => {
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(scorecardFixture) }));
    await loaded(r);
    const row = r.findByTestId(TableRow, 'kpi-collection_rate');
    const tag = row.find(Tag);
    expect(tag.text).toBe('Not configured');
    expect(visibleText(tag.props.overlay ?? null)).toBe('Map the collected-amount (回款额) deal property in settings');
    expect(visibleText(row)).toContain('Collection rate — 95% — 15 → 0');
    expect(visibleText(r.getRootNode())).toContain('their weight is spread over the others');
  });

  it('charts the last 4 periods, leaving out a period without a score rather than plotting 0', async () => {
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(scorecardFixture) }));
    await loaded(r);
    expect(r.find(LineChart).props.data).toEqual([
      { period: '2025-Q4', total: 92.1 },
      { period: '2026-Q1', total: 85.3 },
      { period: '2026-Q3', total: 80.7 },
    ]);
    expect(trendRows({ ...scorecardFixture, history: [{ period: '2025-Q1', total: 70, grade: 'C', provisional: false }, ...scorecardFixture.history] }).map((x) => x.period)).toEqual([
      '2025-Q4', '2026-Q1', '2026-Q3',
    ]);
  });

  it('names the trend periods whose totals are provisional', async () => {
    const history = scorecardFixture.history.map((h) => (h.period === '2026-Q1' ? { ...h, provisional: true } : h));
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok({ ...scorecardFixture, history }) }));
    await loaded(r);
    expect(r.findByTestId(Text, 'trend-provisional').text).toBe('Provisional (records that could not be read): 2026-Q1.');
  });

  it('reloads with the period picked in the picker', async () => {
    const q2 = ownerScorecardOutputSchema.parse({ ...scorecardFixture, period: '2026-Q2', total: 95, grade: 'B', history: scorecardFixture.history.slice(0, 2) });
    const client = fakeClient();
    client.ownerScorecard.mockResolvedValueOnce(ok(scorecardFixture)).mockResolvedValueOnce(ok(q2));
    const r = renderScorecard(client);
    await loaded(r);
    expect(r.find(Select).props.options.map((o) => o.value)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
    fire(r.find(Select), 'onChange', '2026-Q2');
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')?.props.number).toBe('B'));
    expect(client.ownerScorecard).toHaveBeenLastCalledWith({ ownerId: '101', period: '2026-Q2' });
    expect(r.find(Select).props.value).toBe('2026-Q2');
  });

  it('shows the promotion flag after consecutive A quarters', async () => {
    const star = ownerScorecardOutputSchema.parse({ ...scorecardFixture, total: 118, grade: 'A', flags: ['promotion_candidate'] });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(star) }));
    await loaded(r);
    expect(r.findByTestId(Alert, 'flag-promotion').props.title).toBe('Promotion candidate');
    expect(r.maybeFindByTestId(Alert, 'flag-improvement')).toBeNull();
  });

  const acme = { recordId: '9001', field: 'amount', problem: 'has an amount that is not a number ("abc" is not a number)', kind: 'amount_not_a_number', object: 'deal', recordName: 'Acme renewal', ownerId: '101' } as const;
  const provisional = ownerScorecardOutputSchema.parse({
    ...scorecardFixture,
    total: 118,
    grade: 'A',
    provisional: true,
    complete: false,
    withheldFlags: ['promotion_candidate'],
    dataIssues: [acme],
    kpis: scorecardFixture.kpis.map((k) => (k.id === 'revenue_attainment' ? { ...k, complete: false, dataIssues: [acme] } : k)),
  });

  it('says a total resting on unreadable records is provisional, holds the flag back, and links each record', async () => {
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(provisional) }), 'en-US', 4400123);
    await loaded(r);
    expect(r.maybeFindByTestId(Alert, 'flag-promotion')).toBeNull();
    expect(visibleText(r.findByTestId(Alert, 'provisional'))).toContain('Held back until the data is fixed: Promotion candidate.');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-revenue_attainment'))).toContain('Incomplete: 1 record left out');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-win_rate'))).not.toContain('Incomplete');
    expect(visibleText(r.getRootNode())).toContain('1 deal has an amount that is not a number: Acme renewal');
    expect(r.findByTestId(Link, 'problem-deal-9001').props.href).toEqual({ url: 'https://app.hubspot.com/contacts/4400123/record/0-3/9001', external: true });
  });

  it('names the unreadable records in Chinese for zh-CN', async () => {
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(provisional) }), 'zh-CN', 4400123);
    await loaded(r);
    expect(r.findByTestId(Alert, 'provisional').props.title).toBe('暂定总分');
    expect(visibleText(r.getRootNode())).toContain('1 笔交易的金额不是数字： Acme renewal');
  });

  it("words the improvement plan for the role: a manager's card does not ask to agree a plan with the rep", async () => {
    const manager = ownerScorecardOutputSchema.parse({ ...scorecardFixture, role: 'manager', total: 40, grade: 'D', flags: ['improvement_plan'] });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(manager) }));
    await loaded(r);
    const text = visibleText(r.findByTestId(Alert, 'flag-improvement'));
    expect(text).toContain('with its manager');
    expect(text).not.toContain('with the rep');
  });

  it("shows a manager's stage conversion as an index with its pair, coverage of an ended quarter as not applicable, and a running quarter's pace", async () => {
    const row = (over: Record<string, unknown>) => ({ ...scorecardFixture.kpis[0], worstPair: null, forecast: null, pace: null, ...over });
    const manager = ownerScorecardOutputSchema.parse({
      ...scorecardFixture,
      role: 'manager',
      elapsedShare: 0.5,
      kpis: [
        row({ id: 'team_attainment', actual: 0.45, target: 1, pace: 0.9 }),
        row({ id: 'stage_conversion', actual: 1.4333, target: 1, worstPair: { fromLabel: 'Lead', toLabel: 'Qualified', rate: 0.43, threshold: 0.3 } }),
        row({ id: 'pipeline_coverage', status: 'not_applicable', actual: null, score: null, weight: 0, reason: '2026-Q2 has ended: there is no pipeline left to cover it' }),
      ],
    });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(manager) }));
    await loaded(r);
    const conversion = visibleText(r.findByTestId(TableRow, 'kpi-stage_conversion'));
    expect(conversion).toContain('1.43×');
    expect(conversion).toContain('Worst pair: Lead → Qualified at 43% (threshold 30%)');
    expect(conversion).not.toContain('143');
    expect(r.findByTestId(TableRow, 'kpi-pipeline_coverage').find(Tag).text).toBe('Not applicable');
    expect(visibleText(r.findByTestId(TableRow, 'kpi-team_attainment'))).toContain('Pace: 90% of the target prorated to date');
    expect(visibleText(r.getRootNode())).toContain('To date: 50% of the period has passed.');
  });

  it.each([
    ['en-US', 'Forecast CN¥2,400,000, frozen Jul 1, 2026, 4:00 AM (weighted pipeline)', 'Forecast CN¥1,000, frozen Jul 1, 2026, 4:00 AM (entered by an admin)'],
    ['zh-CN', '预测 ¥2,400,000，冻结于 2026年7月1日 04:00（加权管道）', '预测 ¥1,000，冻结于 2026年7月1日 04:00（管理员录入）'],
  ])('shows the forecast accuracy beside the frozen forecast, with when and how it was taken (%s)', async (locale, frozenLine, enteredLine) => {
    const frozen = (amount: number, source: string, subjectId: string) => ({ subjectKind: 'team', subjectId, period: '2026-Q3', amount, frozenAt: Date.parse('2026-07-01T04:00:00Z'), source });
    const director = ownerScorecardOutputSchema.parse({
      ...scorecardFixture,
      kpis: [{ ...scorecardFixture.kpis[0], id: 'forecast_accuracy', actual: 0.9, target: 0.9, forecast: { amount: 2_401_000, frozen: [frozen(2_400_000, 'weighted_pipeline', '1'), frozen(1_000, 'entered', '2')] } }],
    });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(director) }), locale);
    await loaded(r);
    expect(visibleText(r.findByTestId(Text, 'forecast-team-1'))).toBe(frozenLine);
    expect(visibleText(r.findByTestId(Text, 'forecast-team-2'))).toBe(enteredLine);
    expect(visibleText(r.findByTestId(TableRow, 'kpi-forecast_accuracy'))).toContain('90%');
  });

  it('says "no scorecard" for someone who is not a seller, and how an admin assigns a role, instead of a D', async () => {
    const none = ownerScorecardOutputSchema.parse({ ...scorecardFixture, kpis: [], total: null, grade: null, history: [], eligible: false });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(none) }));
    await r.waitFor(() => expect(r.maybeFind(EmptyState)).not.toBeNull());
    expect(r.findByTestId(EmptyState, 'no-scorecard').props.title).toBe('No scorecard');
    expect(visibleText(r.getRootNode())).toContain('An admin names managers and directors on the settings page');
    expect(r.maybeFindByTestId(StatisticsItem, 'grade')).toBeNull();
  });

  it('links "How this was calculated" to the KPI reference the backend serves, or names the file without one', async () => {
    const client = fakeClient({ ownerScorecard: async () => ok(scorecardFixture) });
    const r = createRenderer('crm.record.tab');
    r.render(<OwnerScorecard client={client} ownerId="101" locale="en-US" docsUrl="https://kpi.example.com/docs/kpis.md" />);
    await loaded(r);
    expect(r.findByTestId(Link, 'how-calculated').props.href).toEqual({ url: 'https://kpi.example.com/docs/kpis.md', external: true });
    const without = renderScorecard(fakeClient({ ownerScorecard: async () => ok(scorecardFixture) }));
    await loaded(without);
    expect(visibleText(without.getRootNode())).toContain('docs/kpis.md');
  });

  it('shows the KPI names of kpi-spec §4 in Chinese for zh-CN', async () => {
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(scorecardFixture) }), 'zh-CN');
    await loaded(r);
    const text = visibleText(r.getRootNode());
    for (const name of ['销售额达成率', '新客户销售额占比', '赢单率', '回款率', '有效拜访量', '客户满意度']) expect(text).toContain(name);
    expect(r.findByTestId(StatisticsItem, 'grade').props.label).toBe('绩效等级');
    expect(r.findByTestId(TableRow, 'kpi-collection_rate').find(Tag).text).toBe('未配置');
  });

  it('shows the empty state when the template has no KPIs', async () => {
    const empty = ownerScorecardOutputSchema.parse({ ...scorecardFixture, kpis: [], total: null, grade: null });
    const r = renderScorecard(fakeClient({ ownerScorecard: async () => ok(empty) }));
    await r.waitFor(() => expect(r.maybeFind(EmptyState)).not.toBeNull());
    expect(r.find(EmptyState).props.title).toBe('No KPIs in this scorecard');
  });

  it('retries after an error and shows forbidden without a retry', async () => {
    const client = fakeClient();
    client.ownerScorecard.mockResolvedValueOnce(fail('rate_limited', 'HubSpot search limit reached')).mockResolvedValueOnce(ok(scorecardFixture));
    const r = renderScorecard(client);
    await r.waitFor(() => expect(r.maybeFind(ErrorState)?.props.title).toBe('HubSpot is busy right now'));
    r.findByTestId(Button, 'retry').trigger('onClick');
    await loaded(r);
    expect(client.ownerScorecard).toHaveBeenCalledTimes(2);

    const denied = renderScorecard(fakeClient({ ownerScorecard: async () => fail('forbidden', 'not your team') }));
    await denied.waitFor(() => expect(denied.maybeFind(ErrorState)?.props.type).toBe('lock'));
    expect(denied.maybeFindByTestId(Button, 'retry')).toBeNull();
  });

  it.each([
    ['en-US', 'Needs the KPI backend', 'Team views'],
    ['zh-CN', '需要 KPI 后端', '团队视图'],
  ])('says in %s that another person’s scorecard needs the backend, without a retry', async (locale, title, body) => {
    const r = createRenderer('crm.record.tab');
    const claimed = { ok: false as const, error: { code: 'needs_backend' as const, reason: 'claimed_identity' as const, message: 'other people’s scorecards need the KPI backend' } };
    r.render(<OwnerScorecard client={fakeClient({ ownerScorecard: async () => claimed })} ownerId="101" locale={locale} />);
    await r.waitFor(() => expect(r.maybeFind(ErrorState)?.props.title).toBe(title));
    expect(r.find(ErrorState).props.type).toBe('lock');
    expect(visibleText(r.find(ErrorState))).toContain(body);
    expect(r.maybeFindByTestId(Button, 'retry')).toBeNull();
  });
});

describe('RecordOwnerScorecard', () => {
  it("loads the scorecard of the record's owner", async () => {
    const client = fakeClient({ ownerScorecard: async () => ok(scorecardFixture) });
    const r = createRenderer('crm.record.tab');
    r.mocks.useCrmProperties.willCall(() => ({ properties: { hubspot_owner_id: '101' }, error: null, isLoading: false, isRefetching: false, refetch: async () => undefined }));
    r.render(<RecordOwnerScorecard client={client} locale="en-US" />);
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());
    expect(client.ownerScorecard).toHaveBeenCalledWith({ ownerId: '101' });
  });

  it('says the record has no owner, and asks for no scorecard', async () => {
    const client = fakeClient();
    const r = createRenderer('crm.record.tab');
    r.mocks.useCrmProperties.willCall(() => ({ properties: { hubspot_owner_id: null }, error: null, isLoading: false, isRefetching: false, refetch: async () => undefined }));
    r.render(<RecordOwnerScorecard client={client} locale="zh-CN" />);
    await settle();
    expect(visibleText(r.getRootNode())).toContain('该记录没有负责人');
    expect(client.ownerScorecard).not.toHaveBeenCalled();
  });
});
