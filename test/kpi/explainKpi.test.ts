import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { BUILT_IN_KPIS } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/computeKpi';
import { explainKpi } from '../../src/kpi/explainKpi';
import type { KpiExplanation } from '../../src/kpi/kpiExplanation';
import type { KpiContext } from '../../src/kpi/kpiContext';
import { AS_OF, demoData } from '../handlers/handlerFixture';
import { ANN, ANN_QUOTA, NORTH, annAndBob } from './annAndBob';
import { MAPPED, context, ownerSubject, teamSubject } from './fixtures';

const input = (e: KpiExplanation, name: string) => e.inputs.find((i) => i.name === name)?.value;
const sumOf = (e: KpiExplanation, name: string, pick: (d: KpiExplanation['deals'][number]) => number | null | undefined = (d) => d.deal.amount) =>
  e.deals.filter((d) => d.input === name).reduce((s, d) => s + (pick(d) ?? 0), 0);
const explained = (id: Parameters<typeof explainKpi>[0], ctx: KpiContext) => explainKpi(id, ctx, computeKpi(id, ctx).actual);

describe('explainKpi: the records behind the KPIs that are not one sum', () => {
  const ann = context(annAndBob(), { subject: ownerSubject(ANN), settings: { propertyMapping: MAPPED } });

  it('growth: Q2’s won deals add up to 60,000, 2025-Q2’s to 12,500, and the formula gives the KPI', () => {
    const e = explained('growth_rate', ann);
    expect([e.operator, e.recordSet, input(e, 'won'), input(e, 'won_before')]).toEqual(['growth', 'growth', 60_000, 12_500]);
    expect([sumOf(e, 'won'), sumOf(e, 'won_before')]).toEqual([60_000, 12_500]);
    expect(((input(e, 'won') ?? 0) - (input(e, 'won_before') ?? 0)) / (input(e, 'won_before') ?? 1)).toBeCloseTo(computeKpi('growth_rate', ann).actual ?? NaN, 10);
  });

  it('growth against the previous period lists 2026-Q1’s won deal instead', () => {
    const e = explained('growth_rate', { ...ann, settings: { ...ann.settings, growthComparison: 'previous_period' } });
    expect(sumOf(e, 'won_before')).toBe(50_000);
  });

  it('forecast accuracy over the mapped property: won amounts add up to the actual 60,000 and forecast amounts to 57,000', () => {
    const mapped = { ...ann, settings: { ...ann.settings, forecastSource: 'mapped_property' as const } };
    const e = explained('forecast_accuracy', mapped);
    expect([e.operator, input(e, 'won'), input(e, 'forecast')]).toEqual(['accuracy', 60_000, 57_000]);
    expect(e.deals.filter((d) => d.deal.outcome === 'won').reduce((s, d) => s + (d.deal.amount ?? 0), 0)).toBe(60_000);
    expect(e.deals.reduce((s, d) => s + (d.deal.forecastAmount ?? 0), 0)).toBe(57_000);
    expect(1 - Math.abs(60_000 - 57_000) / 60_000).toBeCloseTo(computeKpi('forecast_accuracy', mapped).actual ?? NaN, 10);
  });

  it('churn: the existing-business deals closed in Q2 (25,000), the lost one (5,000) being the churn', () => {
    const e = explained('churn_rate_value', ann);
    expect([input(e, 'existing_lost'), input(e, 'existing_closed')]).toEqual([5_000, 25_000]);
    expect(sumOf(e, 'existing_lost')).toBe(5_000);
    expect(e.deals.reduce((s, d) => s + (d.deal.amount ?? 0), 0)).toBe(25_000);
    expect(e.deals.every((d) => d.deal.dealType === 'existingbusiness')).toBe(true);
  });

  it('sales cycle: each won deal with its days (30 + 40 + 50), adding up to the input', () => {
    const e = explained('sales_cycle_days', ann);
    expect(e.deals.map((d) => d.days).sort()).toEqual([30, 40, 50]);
    expect(sumOf(e, 'cycle_days', (d) => d.days)).toBeCloseTo(input(e, 'cycle_days') ?? NaN, 6);
    expect(e.deals.filter((d) => d.input === 'cycle_days')).toHaveLength(input(e, 'cycle_deals') ?? -1);
  });

  it('team attainment: the team’s won deals add up to 90,000 against the team’s 135,000', () => {
    const team = context(annAndBob(), { subject: teamSubject(NORTH), settings: { quotas: ANN_QUOTA } });
    const e = explained('team_attainment', team);
    expect([input(e, 'won'), input(e, 'target')]).toEqual([90_000, 135_000]);
    expect(sumOf(e, 'won')).toBe(90_000);
    expect(90_000 / 135_000).toBeCloseTo(computeKpi('team_attainment', team).actual ?? NaN, 10);
  });
});

describe('explainKpi: funnel KPIs list each pair’s cohort (demo portal)', () => {
  const data = demoData(3000);
  const ctx: KpiContext = context(data, {
    subject: { kind: 'team', id: null, ownerIds: data.owners.map((o) => o.id), teamIds: [] },
    settings: { ...demoSettings(), timeZone: 'Asia/Shanghai' },
    period: { kind: 'quarter', year: 2026, index: 3 },
    now: AS_OF,
  });

  it('stage conversion: the worst pair first; per pair the deals are its entered count, the advanced ones its conversions', () => {
    const e = explained('stage_conversion', ctx);
    expect(e.pairs.length).toBeGreaterThan(1);
    for (const pair of e.pairs) {
      const deals = e.deals.filter((d) => d.pair?.pipeline === pair.pipeline && d.pair.from === pair.from && d.pair.to === pair.to);
      expect([deals.length, deals.filter((d) => d.pair?.advanced).length]).toEqual([pair.entered, pair.converted]);
    }
    expect((input(e, 'rate') ?? NaN) / (input(e, 'threshold') ?? NaN)).toBeCloseTo(computeKpi('stage_conversion', ctx).actual ?? NaN, 10);
  });

  it('lists at most as many deals as asked, the worst pair’s first, and says how many there are', () => {
    const all = explained('stage_conversion', ctx);
    const cut = explainKpi('stage_conversion', ctx, computeKpi('stage_conversion', ctx).actual, 10);
    expect(cut.deals).toHaveLength(10);
    expect(cut.deals).toEqual(all.deals.slice(0, 10));
    expect(cut.dealCount).toBe(all.pairs.reduce((n, p) => n + p.entered, 0));
    expect(cut.pairs).toEqual(all.pairs);
  });

  it('lead conversion: the main pipeline’s first pair, advanced ÷ entered = the KPI', () => {
    const e = explained('lead_to_deal_conversion', ctx);
    expect(e.pairs).toHaveLength(1);
    expect(e.deals).toHaveLength(input(e, 'entered') ?? -1);
    expect(e.deals.filter((d) => d.input === 'advanced')).toHaveLength(input(e, 'advanced') ?? -1);
    expect((input(e, 'advanced') ?? NaN) / (input(e, 'entered') ?? NaN)).toBeCloseTo(computeKpi('lead_to_deal_conversion', ctx).actual ?? NaN, 10);
  });
});

describe('explainKpi: for every built-in KPI, the records tagged with an input add up to it', () => {
  const data = demoData(3000);
  const settings = { ...demoSettings(), timeZone: 'Asia/Shanghai' };
  const subjects = [
    { kind: 'portal' as const, id: null, ownerIds: data.owners.map((o) => o.id), teamIds: [] },
    { kind: 'owner' as const, id: '71000011', ownerIds: ['71000011'], teamIds: [] },
  ];
  const AMOUNT_INPUTS = ['won', 'won_before', 'existing_lost', 'open'];

  it.each(BUILT_IN_KPIS)('%s', (id) => {
    for (const subject of subjects) {
      const ctx = context(data, { subject, settings, period: { kind: 'quarter', year: 2026, index: 3 }, now: AS_OF });
      const e = explained(id, ctx);
      for (const name of new Set(e.deals.map((d) => d.input))) {
        const value = input(e, name ?? '');
        if (name === null || value === null || value === undefined) continue;
        if (AMOUNT_INPUTS.includes(name)) expect(sumOf(e, name)).toBeCloseTo(value, 4);
        if (name === 'cycle_days') expect(sumOf(e, name, (d) => d.days)).toBeCloseTo(value, 4);
        if (name === 'new_won_count') expect(e.deals.filter((d) => d.input === name)).toHaveLength(value);
        if (name === 'existing_closed') expect(e.deals.reduce((s, d) => s + (d.deal.amount ?? 0), 0)).toBeCloseTo(value, 4);
      }
    }
  });
});
