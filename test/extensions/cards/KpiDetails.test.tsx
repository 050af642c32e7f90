import { Button, Heading, Link, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { OwnerScorecard } from '../../../extensions/cards/OwnerScorecard';
import { csvOfHref } from '../../../extensions/client/csvHref';
import { parseCsv } from '../../../src/domain/csv';
import { fakeClient, ok } from '../support/fakeClient';
import { kpiDetailsFixture, scorecardFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function renderCard(locale = 'en-US') {
  const client = fakeClient({ ownerScorecard: async () => ok(scorecardFixture), kpiDetails: async () => ok(kpiDetailsFixture) });
  const r = createRenderer('crm.record.tab');
  r.render(<OwnerScorecard client={client} locale={locale} />);
  return { r, client };
}

async function openAttainment(locale?: string) {
  const { r, client } = renderCard(locale);
  await r.waitFor(() => expect(r.maybeFindByTestId(Link, 'open-kpi-revenue_attainment')).not.toBeNull());
  r.findByTestId(Link, 'open-kpi-revenue_attainment').trigger('onClick');
  await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'formula')).not.toBeNull());
  return { r, client };
}

describe('a scorecard KPI opened', () => {
  it('asks for that owner’s KPI in the period shown and fills the formula in', async () => {
    const { r, client } = await openAttainment();
    expect(client.kpiDetails).toHaveBeenCalledWith({ ownerId: '101', period: '2026-Q3', kpi: 'revenue_attainment' });
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('Formula: won CN¥780,000 ÷ target CN¥1,200,000 = 65%');
  });

  it.each([
    ['en-US', 'Forecast CN¥1,200,000, frozen Jul 1, 2026, 4:00 AM (weighted pipeline)'],
    ['zh-CN', '预测 ¥1,200,000，冻结于 2026年7月1日 04:00（加权管道）'],
  ])('shows forecast accuracy’s frozen forecast beside the actual, with when and how it was taken (%s)', async (locale, line) => {
    const forecast = { amount: 1_200_000, frozen: [{ subjectKind: 'owner' as const, subjectId: '101', period: '2026-Q3', amount: 1_200_000, frozenAt: Date.parse('2026-07-01T04:00:00Z'), source: 'weighted_pipeline' as const }] };
    const row = { ...scorecardFixture.kpis[0]!, id: 'forecast_accuracy', actual: 0.65, forecast };
    const client = fakeClient({
      ownerScorecard: async () => ok({ ...scorecardFixture, kpis: [row] }),
      kpiDetails: async () => ok({ ...kpiDetailsFixture, kpi: 'forecast_accuracy', forecast }),
    });
    const r = createRenderer('crm.record.tab');
    r.render(<OwnerScorecard client={client} locale={locale} />);
    await r.waitFor(() => expect(r.maybeFindByTestId(Link, 'open-kpi-forecast_accuracy')).not.toBeNull());
    r.findByTestId(Link, 'open-kpi-forecast_accuracy').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'details-forecast-owner-101')).not.toBeNull());
    expect(visibleText(r.findByTestId(Text, 'details-forecast-owner-101'))).toBe(line);
  });

  it('lists the deals behind the number with links to HubSpot, and their amounts add up to the won input', async () => {
    const { r } = await openAttainment();
    const rows = r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('record-'));
    expect(rows).toHaveLength(2);
    expect(visibleText(rows[0] ?? null)).toContain('Hangzhou Bank – renewal Li Wei CN¥500,000');
    expect(rows[0]?.find(Link).props.href).toEqual({ url: 'https://app.hubspot.com/contacts/4400123/record/0-3/7002', external: true });
  });

  it('exports those deals as CSV, one row each', async () => {
    const { r } = await openAttainment();
    const csv = csvOfHref((r.findByTestId(Link, 'export-deals').props.href as { url: string }).url) ?? '';
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.rows.map((row) => row.slice(0, 4))).toEqual([
      ['id', 'Record', 'Owner', 'Amount'],
      ['7002', 'Hangzhou Bank – renewal', 'Li Wei', '500000'],
      ['7003', '苏州工业园, phase 2', 'Li Wei', '280000'],
    ]);
  });

  it('closes again', async () => {
    const { r } = await openAttainment();
    r.findByTestId(Button, 'close-details').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'formula')).toBeNull());
  });

  it('speaks Chinese for zh-CN', async () => {
    const { r } = await openAttainment('zh-CN');
    expect(r.findAll(Heading).map((h) => h.text)).toContain('销售额达成率 的计算方式');
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('公式：赢单额 ¥780,000 ÷ 目标 ¥1,200,000 = 65%');
    expect(visibleText(r.findByTestId(Link, 'export-deals'))).toBe('导出交易 CSV（2 行）');
  });
});

describe('a customer KPI opened', () => {
  const repeatRow = { ...(scorecardFixture.kpis[0] as (typeof scorecardFixture.kpis)[number]), id: 'repeat_purchase_rate', actual: 0.5 };
  const customers = {
    ...kpiDetailsFixture,
    kpi: 'repeat_purchase_rate',
    actual: 0.5,
    formula: { operator: 'divide' as const, inputs: [{ name: 'repeat_customers' as const, value: 1 }, { name: 'customers' as const, value: 2 }] },
    recordSet: 'customers' as const,
    records: [
      { type: 'company' as const, id: '9001', name: '海尔集团', ownerName: 'Li Wei', amount: 300000, at: '2025-03-01T00:00:00.000Z', outcome: null, source: null, url: 'https://app.hubspot.com/contacts/4400123/record/0-2/9001', mark: 'repeat' as const },
      { type: 'company' as const, id: '9002', name: 'Globex', ownerName: 'Li Wei', amount: 120000, at: '2026-08-01T00:00:00.000Z', outcome: null, source: null, url: 'https://app.hubspot.com/contacts/4400123/record/0-2/9002', mark: 'new' as const },
    ],
  };

  async function openRepeat(locale: string) {
    const client = fakeClient({ ownerScorecard: async () => ok({ ...scorecardFixture, kpis: [...scorecardFixture.kpis, repeatRow] }), kpiDetails: async () => ok(customers) });
    const r = createRenderer('crm.record.tab');
    r.render(<OwnerScorecard client={client} locale={locale} />);
    await r.waitFor(() => expect(r.maybeFindByTestId(Link, 'open-kpi-repeat_purchase_rate')).not.toBeNull());
    r.findByTestId(Link, 'open-kpi-repeat_purchase_rate').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'formula')).not.toBeNull());
    return r;
  }

  it('counts customers in whole numbers and lists each company as new or repeat, linking to it', async () => {
    const r = await openRepeat('en-US');
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('Formula: customers who had bought before 1 ÷ customers 2 = 50%');
    const rows = r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('record-'));
    expect(rows.map((row) => visibleText(row))).toEqual([expect.stringContaining('Repeat customer'), expect.stringContaining('New customer')]);
    expect(rows[0]?.find(Link).props.href).toEqual({ url: 'https://app.hubspot.com/contacts/4400123/record/0-2/9001', external: true });
    expect(r.maybeFindByTestId(Link, 'export-deals')).toBeNull();
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = await openRepeat('zh-CN');
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('公式：此前购买过的客户数 1 ÷ 客户数 2 = 50%');
    const rows = r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('record-'));
    expect(visibleText(rows[0] ?? null)).toContain('老客户复购');
  });
});
