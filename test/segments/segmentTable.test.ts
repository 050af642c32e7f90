import fc from 'fast-check';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { periodTotals } from '../../src/kpi/periodTotals';
import { boundsOf } from '../../src/kpi/kpiPeriod';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { segmentTable } from '../../src/segments/segmentTable';
import type { Company, Deal, PortalData } from '../../src/domain/portal';
import { AFTER_Q2, Q2_2026, at, deal, owner, portal, salesPipeline } from '../kpi/fixtures';

const calendar = { timeZone: 'UTC', fiscalYearStartMonth: 1 };
const settingsWith = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), growthComparison: 'previous_period', ...over });
const won = (ownerId: string, amount: number | null, day: string, over: Partial<Deal> = {}): Deal => ({ ...deal({ ownerId, outcome: 'won', amount, closedAt: at(day) }), ...over });

describe('segmentTable by region (a deal property)', () => {
  // Q2 2026 against Q1 2026: East won 30,000 (two deals) after 20,000, West 10,000 after nothing,
  // and one deal of 5,000 has no region.
  const data = portal({
    owners: [owner('ann'), owner('bob')],
    deals: [
      won('ann', 10_000, '2026-04-10', { segmentValue: 'East' }),
      won('bob', 20_000, '2026-05-10', { segmentValue: 'East' }),
      won('ann', 10_000, '2026-06-01', { segmentValue: 'West' }),
      won('bob', 5_000, '2026-06-02'),
      won('ann', 20_000, '2026-02-01', { segmentValue: 'East' }),
      deal({ ownerId: 'ann', outcome: 'lost', amount: 99_000, closedAt: at('2026-05-01'), segmentValue: 'East' }),
    ],
  });
  const settings = settingsWith({
    propertyMapping: { ...defaultSettings().propertyMapping, segment: 'region' },
    segments: { by: 'deal_property', companyProperty: null, targets: [{ segment: 'East', period: '2026-Q2', amount: 40_000 }, { segment: 'East', period: '2026-Q1', amount: 1 }] },
  });
  const table = segmentTable({ data, settings, calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann', 'bob'] });

  it('shows the option labels HubSpot defines for the values, and the value itself where there is none', () => {
    const labelled = segmentTable({ data, settings, calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann', 'bob'], optionLabels: new Map([['East', 'East China 华东']]) });
    if (!labelled.ok) throw new Error(labelled.error.message);
    expect(labelled.value.rows.map((r) => [r.key, r.label])).toEqual([['East', 'East China 华东'], ['West', 'West'], [null, null]]);
  });

  it('gives each region its won amount, growth and attainment against its own target', () => {
    if (!table.ok) throw new Error(table.error.message);
    const [east, west, none] = table.value.rows;
    expect(east).toMatchObject({ key: 'East', label: 'East', target: 40_000 });
    expect(east?.won).toMatchObject({ wonCount: 2, wonAmount: 30_000 });
    expect(east?.comparison.wonAmount).toBe(20_000);
    expect(east?.growth.actual).toBeCloseTo(0.5);
    expect(east?.attainment.actual).toBeCloseTo(0.75);
    expect(west?.growth).toMatchObject({ status: 'insufficient_data', reason: 'nothing was won in 2026-Q1 to compare with' });
    expect(west?.attainment.status).toBe('not_configured');
    expect(none).toMatchObject({ key: null, label: null });
    expect(none?.won.wonAmount).toBe(5_000);
  });

  it('adds the rows up to the total, which has no target while a segment lacks one', () => {
    if (!table.ok) throw new Error(table.error.message);
    expect(table.value.total.won).toMatchObject({ wonCount: 4, wonAmount: 45_000 });
    expect(table.value.total.growth.actual).toBeCloseTo(1.25);
    expect(table.value.total.attainment).toMatchObject({ status: 'not_configured', reason: 'targets are set for 1 of 2 segments in 2026-Q2, and some deals have no segment' });
  });

  it('says what to map when segments are by a property no setting names', () => {
    const unmapped = segmentTable({ data, settings: { ...settings, propertyMapping: defaultSettings().propertyMapping }, calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann'] });
    expect(unmapped).toEqual({ ok: false, error: { reason: 'segment_property_unmapped', message: expect.stringContaining('map the segment property') } });
  });
});

const company = (id: string, industry: string | null): Company => ({ id, name: `Company ${id}`, lifecycleStage: 'customer', ownerId: null, properties: { industry }, wins: null });

describe('segmentTable by industry (a property of the deal\'s customer)', () => {
  // Q2 2026 against Q1 2026. Acme (SOFTWARE) is the primary company of a 10,000 deal and of a
  // 6,000 deal that also names Bolt (BANKING); Bolt is primary on a 4,000 deal; Cato has an
  // empty industry (''), its 2,000 deal goes to "(no value)" with the 1,000 deal with no
  // company. Before: Acme 8,000 in Q1.
  const data: PortalData = {
    ...portal({
      owners: [owner('ann'), owner('bob')],
      deals: [
        won('ann', 10_000, '2026-04-10', { companyIds: ['acme'] }),
        won('bob', 6_000, '2026-05-10', { companyIds: ['acme', 'bolt'] }),
        won('ann', 4_000, '2026-05-11', { companyIds: ['bolt', 'acme'] }),
        won('bob', 2_000, '2026-06-01', { companyIds: ['cato'] }),
        won('ann', 1_000, '2026-06-02', { companyIds: [] }),
        won('ann', 8_000, '2026-02-01', { companyIds: ['acme'] }),
      ],
    }),
    companies: [company('acme', 'COMPUTER_SOFTWARE'), company('bolt', 'BANKING'), company('cato', '')],
  };
  const settings = settingsWith({ segments: { by: 'company_property', companyProperty: 'industry', targets: [{ segment: 'BANKING', period: '2026-Q2', amount: 8_000 }] } });
  const labels = new Map([['COMPUTER_SOFTWARE', 'Computer Software'], ['BANKING', 'Banking']]);
  const tableOf = (d: PortalData) => segmentTable({ data: d, settings, calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann', 'bob'], optionLabels: labels });

  it('puts each deal in its primary company\'s segment, labelled, and a deal without company or value under "(no value)"', () => {
    const table = tableOf(data);
    if (!table.ok) throw new Error(table.error.message);
    expect(table.value).toMatchObject({ by: 'company_property', property: 'industry' });
    expect(table.value.rows.map((r) => [r.key, r.label, r.won.wonCount, r.won.wonAmount, r.comparison.wonAmount])).toEqual([
      ['COMPUTER_SOFTWARE', 'Computer Software', 2, 16_000, 8_000],
      ['BANKING', 'Banking', 1, 4_000, 0],
      [null, null, 2, 3_000, 0],
    ]);
    expect(table.value.rows[0]?.growth.actual).toBeCloseTo(1);
    expect(table.value.rows[1]?.attainment.actual).toBeCloseTo(0.5);
    expect(table.value.total.won).toMatchObject({ wonCount: 5, wonAmount: 23_000 });
  });

  it('says the segments cannot be computed when the companies, or their property, were not read', () => {
    const live = { ...data, companies: null };
    expect(tableOf(live)).toEqual({ ok: false, error: { reason: 'companies_not_read', message: expect.stringContaining('cannot be computed') } });
    const unassociated = { ...data, deals: data.deals.map((d, i) => (i === 0 ? { ...d, companyIds: null } : d)) };
    expect(tableOf(unassociated)).toMatchObject({ ok: false, error: { reason: 'companies_not_read' } });
    // Acme held without the industry, Bolt and Cato not held at all: their deals' segments are unknown, not "(no value)".
    const withoutIndustry = { ...data, companies: [{ ...company('acme', null), properties: { tier: 'A' } }] };
    expect(tableOf(withoutIndustry)).toEqual({ ok: false, error: { reason: 'company_property_not_read', message: expect.stringContaining('3 of the won deals\' customers were read without it') } });
    // A deal outside P and its comparison span read without companies does not matter.
    const old = { ...data, deals: [...data.deals, won('ann', 1, '2025-01-05', { companyIds: null })] };
    expect(tableOf(old).ok).toBe(true);
    const unnamed = segmentTable({ data, settings: settingsWith({ segments: { by: 'company_property', companyProperty: null, targets: [] } }), calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann'] });
    expect(unnamed).toMatchObject({ ok: false, error: { reason: 'segment_company_property_missing' } });
  });
});

describe('segmentTable by pipeline', () => {
  it('labels each pipeline and keeps a won deal without an amount unknown, not zero', () => {
    const data = portal({
      owners: [owner('ann')],
      pipelines: [salesPipeline('sales'), { ...salesPipeline('renewals', 1), label: 'Renewals' }],
      deals: [won('ann', null, '2026-04-10', { pipelineId: 'renewals' }), won('ann', 3_000, '2026-04-11'), won('ann', 1_000, '2026-01-11')],
    });
    const table = segmentTable({ data, settings: settingsWith({}), calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann'] });
    if (!table.ok) throw new Error(table.error.message);
    const renewals = table.value.rows.find((r) => r.key === 'renewals');
    expect(renewals?.label).toBe('Renewals');
    expect(renewals?.growth).toMatchObject({ status: 'insufficient_data', actual: null });
    expect(table.value.rows.find((r) => r.key === 'sales')?.growth.actual).toBeCloseTo(2);
  });

  it('compares a running quarter with the same span of the previous one', () => {
    const data = portal({ owners: [owner('ann')], deals: [won('ann', 1_000, '2026-04-05'), won('ann', 1_000, '2026-01-04'), won('ann', 9_000, '2026-03-20')] });
    const table = segmentTable({ data, settings: settingsWith({}), calendar, period: Q2_2026, now: at('2026-04-10'), ownerIds: ['ann'] });
    if (!table.ok) throw new Error(table.error.message);
    expect(table.value.comparisonLabel).toBe('2026-Q1 to the same day');
    expect(table.value.total.growth.actual).toBe(0);
  });
});

describe('segment totals', () => {
  const arbDeal = fc.record({
    owner: fc.constantFrom('ann', 'bob', 'cy', null),
    amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    outcome: fc.constantFrom('won' as const, 'lost' as const, 'open' as const),
    day: fc.integer({ min: 0, max: 300 }),
    region: fc.constantFrom('East', 'West', null),
    pipeline: fc.constantFrom('sales', 'renewals', null),
    companies: fc.constantFrom([], ['acme'], ['bolt', 'acme'], ['cato']),
  });

  it('sum to the won amount and count the scorecards total for the same owners, whatever the dimension', () => {
    fc.assert(
      fc.property(fc.array(arbDeal, { maxLength: 60 }), fc.constantFrom('pipeline' as const, 'deal_property' as const, 'company_property' as const), (specs, by) => {
        const deals = specs.map((s) =>
          ({ ...deal({ ownerId: 'x', outcome: s.outcome, amount: s.amount, closedAt: at('2026-01-01') + s.day * 86_400_000, segmentValue: s.region, pipelineId: s.pipeline, companyIds: [...s.companies] }), ownerId: s.owner }),
        );
        const data = { ...portal({ owners: [owner('ann'), owner('bob'), owner('cy')], deals }), companies: [company('acme', 'BANKING'), company('bolt', null), company('cato', '')] };
        const settings = settingsWith({ propertyMapping: { ...defaultSettings().propertyMapping, segment: 'region' }, segments: { by, companyProperty: 'industry', targets: [] } });
        const table = segmentTable({ data, settings, calendar, period: Q2_2026, now: AFTER_Q2, ownerIds: ['ann', 'bob'] });
        if (!table.ok) return false;
        const expected = periodTotals(data, buildPortalIndex(data), ['ann', 'bob'], boundsOf(Q2_2026, calendar));
        const rows = table.value.rows;
        expect(rows.reduce((n, r) => n + r.won.wonAmount, 0)).toBe(expected.wonAmount);
        expect(rows.reduce((n, r) => n + r.won.wonCount, 0)).toBe(expected.wonCount);
        expect(rows.reduce((n, r) => n + r.won.wonAmountUnknown, 0)).toBe(expected.wonAmountUnknown);
        expect(table.value.total.won.wonAmount).toBe(expected.wonAmount);
        return true;
      }),
    );
  });
});
