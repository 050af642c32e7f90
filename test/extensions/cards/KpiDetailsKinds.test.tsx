import { Link, Table, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { KpiDetails } from '../../../extensions/cards/scorecard/KpiDetails';
import { csvOfHref } from '../../../extensions/client/csvHref';
import { i18nFor } from '../../../extensions/i18n/useI18n';
import { parseCsv } from '../../../src/domain/csv';
import { kpiDetailsOutputSchema, type KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import { fakeClient, ok } from '../support/fakeClient';
import { visibleText } from '../support/visibleText';

const deal = (id: string, amount: number, closed: string, outcome: 'won' | 'lost', extra: object) => ({
  type: 'deal', id, name: `Deal ${id}`, ownerName: 'Li Wei', amount, at: `${closed}T06:00:00.000Z`, outcome, source: null,
  url: `https://app.hubspot.com/contacts/4400123/record/0-3/${id}`, ...extra,
});

const base = { currency: 'CNY', owner: { id: '101', name: 'Li Wei' }, period: '2026-Q3', status: 'ok', target: 0.1, score: 100, weight: 20, reason: null, truncated: false };

/** Li Wei's Q3 growth: 780,000 won against 600,000 in 2025-Q3 → 30%. */
const growth: KpiDetailsOutput = kpiDetailsOutputSchema.parse({
  forecast: null,
  ...base,
  kpi: 'growth_rate',
  actual: 0.3,
  formula: { operator: 'growth', inputs: [{ name: 'won', value: 780000 }, { name: 'won_before', value: 600000 }] },
  recordSet: 'growth',
  records: [
    deal('7002', 500000, '2026-08-14', 'won', { input: 'won' }),
    deal('7003', 280000, '2026-09-02', 'won', { input: 'won' }),
    deal('6001', 600000, '2025-08-01', 'won', { input: 'won_before' }),
  ],
});

/** The worst pair: Qualified → Proposal, 9 of 20 (45%) against 50%; deal 7002 entered both pairs. */
const stages: KpiDetailsOutput = kpiDetailsOutputSchema.parse({
  forecast: null,
  ...base,
  kpi: 'stage_conversion',
  actual: 0.9,
  formula: { operator: 'divide', inputs: [{ name: 'rate', value: 0.45 }, { name: 'threshold', value: 0.5 }] },
  recordSet: 'funnel',
  pairs: [
    { pipeline: 'Sales', from: 'Qualified', to: 'Proposal', entered: 20, converted: 9, rate: 0.45, threshold: 0.5 },
    { pipeline: 'Sales', from: 'Lead', to: 'Qualified', entered: 30, converted: 20, rate: 2 / 3, threshold: 0.3 },
  ],
  records: [
    deal('7002', 500000, '2026-08-14', 'won', { input: 'advanced', pair: { pipeline: 'Sales', from: 'Qualified', to: 'Proposal', advanced: true } }),
    deal('7002', 500000, '2026-08-14', 'won', { input: 'advanced', pair: { pipeline: 'Sales', from: 'Lead', to: 'Qualified', advanced: true } }),
    deal('7009', 90000, '2026-09-10', 'lost', { input: 'entered', pair: { pipeline: 'Sales', from: 'Lead', to: 'Qualified', advanced: false } }),
  ],
});

async function open(details: KpiDetailsOutput, locale = 'en-US') {
  const client = fakeClient({ kpiDetails: async () => ok(details) });
  const r = createRenderer('crm.record.tab');
  r.render(<KpiDetails client={client} ownerId="101" period="2026-Q3" kpi={details.kpi} onClose={() => undefined} i18n={i18nFor(locale)} />);
  await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'formula')).not.toBeNull());
  return r;
}

const recordRows = (r: Awaited<ReturnType<typeof open>>) => r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('record-'));

describe('a growth KPI opened', () => {
  it('fills in both periods and says which period each deal counts in', async () => {
    const r = await open(growth);
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('Formula: (won CN¥780,000 − won in the comparison period CN¥600,000) ÷ won in the comparison period CN¥600,000 = 30%');
    const rows = recordRows(r).map((row) => visibleText(row));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('won in the comparison period');
  });

  it('exports each deal with the input it counts in, and each side’s amounts add up to its input', async () => {
    const r = await open(growth);
    const parsed = parseCsv(csvOfHref((r.findByTestId(Link, 'export-deals').props.href as { url: string }).url) ?? '');
    if (!parsed.ok) throw new Error('the CSV does not parse');
    const [header, ...rows] = parsed.rows;
    const at = (name: string) => header?.indexOf(name) ?? -1;
    const sum = (input: string) => rows.filter((row) => row[at('Counts as')] === input).reduce((s, row) => s + Number(row[at('Amount')]), 0);
    expect([sum('won'), sum('won in the comparison period')]).toEqual([780000, 600000]);
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = await open(growth, 'zh-CN');
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('公式：(赢单额 ¥780,000 − 对比期赢单额 ¥600,000) ÷ 对比期赢单额 ¥600,000 = 30%');
    expect(visibleText(r.getRootNode())).toContain('本期与对比期的赢单交易');
  });
});

describe('a stage conversion KPI opened', () => {
  it('shows the worst pair’s rate against its threshold, every pair’s counts, and each deal once per pair it entered', async () => {
    const r = await open(stages);
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('Formula: conversion 45% ÷ threshold 50% = 0.9×');
    const pairs = r.findByTestId(Table, 'detail-pairs');
    expect(visibleText(pairs)).toContain('Sales: Qualified → Proposal 20 9 45% 50%');
    const rows = recordRows(r).map((row) => visibleText(row));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Qualified → Proposal Yes');
    expect(rows[2]).toContain('Lead → Qualified No');
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = await open(stages, 'zh-CN');
    expect(visibleText(r.findByTestId(Text, 'formula'))).toBe('公式：转化率 45% ÷ 阈值 50% = 0.9×');
    expect(visibleText(r.findByTestId(Table, 'detail-pairs'))).toContain('阶段对');
    expect(recordRows(r).map((row) => visibleText(row))[2]).toContain('Lead → Qualified 否');
  });
});
