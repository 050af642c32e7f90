import { Button, EmptyState, Select, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { APP_PAGE_ROUTES, AppPage } from '../../../extensions/pages/AppPage';
import type { SegmentRowDto, SegmentsInput, SegmentsOutput } from '../../../src/handlers/contracts/segments';
import { fakeClient, fire, ok, settle } from '../support/fakeClient';
import { visibleText } from '../support/visibleText';

const figure = (actual: number | null, reason: string | null = null) => ({ status: actual === null ? ('not_configured' as const) : ('ok' as const), actual, reason });
const row = (over: Partial<SegmentRowDto>): SegmentRowDto => ({
  key: 'east', label: 'East', won: 0, wonCount: 0, wonAmountUnknown: 0, comparisonWon: 0, comparisonCount: 0, target: null, growth: figure(null), attainment: figure(null), ...over,
});
const table: SegmentsOutput = {
  currency: 'USD', period: '2026-Q3', periods: ['2026-Q3', '2026-Q2'], comparisonPeriod: '2025-Q3', by: 'deal_property', property: 'region',
  teams: [{ id: 't1', name: 'East China' }], team: null, uncomputable: null,
  rows: [
    row({ key: 'east', label: 'East', won: 30_000, wonCount: 2, comparisonWon: 20_000, target: 40_000, growth: figure(0.5), attainment: figure(0.75) }),
    row({ key: null, label: null, won: 5_000, wonCount: 1, growth: figure(null, 'nothing was won in 2025-Q3 to compare with'), attainment: figure(null, 'deals without a segment have no target') }),
  ],
  total: row({ key: null, label: null, won: 35_000, wonCount: 3, comparisonWon: 20_000, growth: figure(0.75), attainment: figure(null, 'targets are set for 1 of 1 segments') }),
  details: null,
};
const opened: SegmentsOutput = {
  ...table,
  details: {
    key: 'east', total: false,
    growth: { operator: 'growth', inputs: [{ name: 'won', value: 30_000 }, { name: 'won_before', value: 20_000 }] },
    attainment: { operator: 'divide', inputs: [{ name: 'won', value: 30_000 }, { name: 'target', value: 40_000 }] },
    records: [{ type: 'deal', id: '9001', name: 'Acme', ownerName: 'Li Wei', amount: 30_000, at: '2026-08-01T00:00:00.000Z', outcome: 'won', source: 'period', url: 'https://app.hubspot.com/contacts/1/record/0-3/9001' }],
    truncated: false,
  },
};

function renderSegments(client: ReturnType<typeof fakeClient>, locale = 'en-US') {
  const r = createRenderer('pages');
  r.mocks.setPageLocation({ path: APP_PAGE_ROUTES.segments, params: {} });
  r.render(<AppPage client={client} locale={locale} portalId={1} navigateToPage={({ to }) => r.mocks.setPageLocation({ path: to, params: {} })} />);
  return r;
}
const loaded = (r: ReturnType<typeof renderSegments>) => r.waitFor(() => expect(r.maybeFindByTestId(TableRow, 'segment-total')).not.toBeNull());

describe('Segments tab', () => {
  it('shows each segment with growth and attainment, the (no value) row said, and the total', async () => {
    const client = fakeClient({ segments: async () => ok(table) });
    const r = renderSegments(client);
    await loaded(r);
    expect(client.segments).toHaveBeenCalledWith({});
    expect(visibleText(r.findByTestId(TableRow, 'segment-east'))).toBe('East $30,000 2 $20,000 50% $40,000 75% How this was calculated');
    expect(visibleText(r.findByTestId(TableRow, 'segment-none'))).toBe('(no value) $5,000 1 $0 — — — How this was calculated');
    expect(visibleText(r.findByTestId(TableRow, 'segment-total'))).toBe('Total $35,000 3 $20,000 75% — — How this was calculated');
    expect(visibleText(r.findByTestId(Text, 'no-value-note'))).toContain('1 won deals have no value for the segment property');
  });

  it('opens a segment onto its formulas and deals', async () => {
    const calls: SegmentsInput[] = [];
    const client = fakeClient({ segments: async (input) => (calls.push(input), ok(input.open === undefined ? table : opened)) });
    const r = renderSegments(client);
    await loaded(r);
    r.findByTestId(Button, 'open-segment-east').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'growth-formula')).not.toBeNull());
    expect(calls[calls.length - 1]).toEqual({ open: { key: 'east' } });
    expect(visibleText(r.findByTestId(Text, 'growth-formula'))).toBe('Growth: (won $30,000 − won in the comparison period $20,000) ÷ won in the comparison period $20,000 = 50%');
    expect(visibleText(r.findByTestId(Text, 'attainment-formula'))).toBe('Attainment: won $30,000 ÷ target $40,000 = 75%');
    expect(visibleText(r.findByTestId(TableRow, 'record-9001'))).toContain('Acme Li Wei $30,000');
  });

  it('reads in Chinese and asks again for another team', async () => {
    const client = fakeClient({ segments: async () => ok(table) });
    const r = renderSegments(client, 'zh-CN');
    await loaded(r);
    expect(visibleText(r.findByTestId(TableRow, 'segment-none'))).toMatch(/^（无值）/);
    expect(visibleText(r.findByTestId(TableRow, 'segment-total'))).toMatch(/^合计/);
    fire(r.findByTestId(Select, 'segment-team'), 'onChange', 't1');
    await settle();
    expect(client.segments).toHaveBeenLastCalledWith({ teamId: 't1' });
  });

  it('names the company property, shows its labels, and says when the segments cannot be computed instead of zeros', async () => {
    const byIndustry: SegmentsOutput = {
      ...table, by: 'company_property', property: 'industry',
      rows: [row({ key: 'COMPUTER_SOFTWARE', label: 'Computer Software', won: 30_000, wonCount: 2, comparisonWon: 20_000, growth: figure(0.5) }), row({ key: null, label: null, won: 5_000, wonCount: 1 })],
    };
    const r = renderSegments(fakeClient({ segments: async () => ok(byIndustry) }));
    await loaded(r);
    expect(visibleText(r.findByTestId(TableRow, 'segment-COMPUTER_SOFTWARE'))).toMatch(/^Computer Software \$30,000 2/);
    expect(visibleText(r.getRootNode())).toContain('by the company property industry of each deal’s primary company');
    expect(visibleText(r.findByTestId(Text, 'no-value-note'))).toContain('1 won deals have no company, or their primary company has no value');
    const unread: SegmentsOutput = { ...byIndustry, uncomputable: { reason: 'companies_not_read', message: 'not read' }, rows: [], total: null };
    const zh = renderSegments(fakeClient({ segments: async () => ok(unread) }), 'zh-CN');
    await zh.waitFor(() => expect(zh.maybeFindByTestId(EmptyState, 'uncomputable')).not.toBeNull());
    expect(visibleText(zh.findByTestId(EmptyState, 'uncomputable'))).toContain('按公司属性 industry 细分需要读取每个商机的公司');
    expect(zh.maybeFindByTestId(TableRow, 'segment-total')).toBeNull();
  });
});
