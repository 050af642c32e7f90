import type { Deal, Meeting } from '../domain/portal';
import { targetOf } from './attainment';
import type { KpiId } from './catalog';
import { isManualKpi } from './catalog';
import { explainChurn, explainForecast, explainGrowth, explainTeamAttainment } from './explainComparisons';
import { explainLeadConversion, explainStageConversion } from './explainFunnel';
import type { KpiContext } from './kpiContext';
import { byAmount, named, type ExplainedDeal, type FormulaInput, type FormulaOperator, type KpiExplanation, type RecordSet } from './kpiExplanation';
import { totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
import type { PeriodTotals } from './periodTotals';
import { dealsOfOwners } from './portalIndex';

export { FORMULA_INPUTS, type FormulaInput, type FormulaOperator, type KpiExplanation, type RecordSet } from './kpiExplanation';

type Recipe = {
  operator: FormulaOperator;
  recordSet: RecordSet;
  /** The input the listed deals add up to, when they do. */
  sums?: FormulaInput;
  inputs: (t: PeriodTotals, ctx: KpiContext) => [FormulaInput, number | null][];
};

const target = (id: KpiId, ctx: KpiContext): number | null => {
  const r = targetOf(id, ctx);
  return r.ok ? r.value : null;
};

const RECIPES: Partial<Record<KpiId, Recipe>> = {
  won_revenue: { operator: 'sum', recordSet: 'won', sums: 'won', inputs: (t) => [['won', t.wonAmount]] },
  revenue_attainment: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t, ctx) => [['won', t.wonAmount], ['target', target('revenue_attainment', ctx)]] },
  collection_attainment: { operator: 'divide', recordSet: 'won', inputs: (t, ctx) => [['collected', t.collected], ['target', target('collection_attainment', ctx)]] },
  avg_deal_size: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t) => [['won', t.wonAmount], ['won_count', t.wonCount]] },
  win_rate: { operator: 'divide', recordSet: 'closed', inputs: (t) => [['won_count', t.wonCount], ['closed_count', t.wonCount + t.lostCount]] },
  new_business_share: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t) => [['new_won', t.wonNewAmount], ['won', t.wonAmount]] },
  new_customers: { operator: 'count', recordSet: 'won_new', sums: 'new_won_count', inputs: (t) => [['new_won_count', t.wonNewCount]] },
  collection_rate: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t) => [['collected', t.collected], ['won', t.wonAmount]] },
  gross_margin_rate: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t) => [['margin', t.margin], ['won', t.wonAmount]] },
  expense_ratio: { operator: 'divide', recordSet: 'won', sums: 'won', inputs: (t) => [['expense', t.expense], ['won', t.wonAmount]] },
  sales_cycle_days: { operator: 'divide', recordSet: 'won', sums: 'cycle_days', inputs: (t) => [['cycle_days', t.cycleDays], ['cycle_deals', t.cycleDeals]] },
  weighted_pipeline: { operator: 'sum', recordSet: 'open', inputs: (t) => [['weighted_open', t.openWeighted]] },
  pipeline_coverage: {
    operator: 'divide',
    recordSet: 'open',
    sums: 'open',
    inputs: (t, ctx) => {
      const goal = target('pipeline_coverage', ctx);
      return [['open', t.openAmount], ['gap', goal === null ? null : goal - t.wonAmount]];
    },
  },
  revenue_per_rep: {
    operator: 'divide',
    recordSet: 'won',
    sums: 'won',
    inputs: (t, ctx) => [['won', t.wonAmount], ['reps', [...new Set(ctx.subject.ownerIds)].filter((id) => ctx.index.ownersById.get(id)?.active === true).length]],
  },
  activity_count: { operator: 'count', recordSet: 'meetings', inputs: (_, ctx) => [['meetings', ctx.data.meetings === null ? null : meetingsOf(ctx).length]] },
};

/** KPIs whose inputs are not one period's totals: each reads its records its own way. */
const EXPLAINERS: Partial<Record<KpiId, (ctx: KpiContext, maxRecords: number) => KpiExplanation>> = {
  growth_rate: explainGrowth,
  forecast_accuracy: explainForecast,
  churn_rate_value: explainChurn,
  team_attainment: explainTeamAttainment,
  stage_conversion: explainStageConversion,
  lead_to_deal_conversion: explainLeadConversion,
};

const DAY_MS = 86_400_000;

/**
 * "How this was calculated" for one KPI of a scorecard (kpi-spec §4, docs/kpis.md): the
 * formula's inputs filled in from the same totals the KPI reads, and the records behind them,
 * each tagged with the input it adds to — the deals whose amounts add up to the won amount,
 * both periods' won deals for growth, the deals of each stage pair's cohort for the funnel
 * KPIs, the meetings counted, the scores entered. `maxRecords` bounds the funnel cohorts, which
 * run to a pair's whole cohort per pair; `dealCount` then says how many there are.
 */
export function explainKpi(id: KpiId, ctx: KpiContext, actual: number | null, maxRecords = Number.POSITIVE_INFINITY): KpiExplanation {
  if (isManualKpi(id)) {
    const key = id.slice('manual:'.length);
    const owners = new Set(ctx.subject.kind === 'owner' && ctx.subject.id !== null ? [ctx.subject.id] : ctx.subject.ownerIds);
    const scores = (ctx.manualScores ?? []).filter((s) => s.key === key && s.period === labelOf(ctx.period) && owners.has(s.ownerId));
    return { operator: 'mean', inputs: named([['score', actual]]), recordSet: 'scores', deals: [], meetings: [], scores, pairs: [] };
  }
  const explainer = EXPLAINERS[id];
  if (explainer !== undefined) return explainer(ctx, maxRecords);
  const recipe = RECIPES[id] ?? { operator: 'value', recordSet: 'closed', inputs: () => [['value', actual]] };
  const inputs = named(recipe.inputs(totalsOf(ctx), ctx));
  const meetings = recipe.recordSet === 'meetings' ? meetingsOf(ctx) : [];
  const deals = dealsIn(recipe.recordSet, ctx).map((deal): ExplainedDeal => {
    if (id !== 'sales_cycle_days') return { deal, input: recipe.sums ?? null };
    const days = deal.createdAt === null || deal.closedAt === null ? null : Math.max(0, deal.closedAt - deal.createdAt) / DAY_MS;
    return { deal, input: days === null ? null : 'cycle_days', days };
  });
  return { operator: recipe.operator, inputs, recordSet: recipe.recordSet, deals, meetings, scores: [], pairs: [] };
}

function dealsIn(set: RecordSet, ctx: KpiContext): Deal[] {
  if (set === 'meetings' || set === 'scores' || set === 'none') return [];
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  const keep = (d: Deal): boolean => {
    if (d.closedAt === null || d.closedAt < start || d.closedAt >= end) return false;
    if (set === 'won') return d.outcome === 'won';
    if (set === 'won_new') return d.outcome === 'won' && d.dealType === 'newbusiness';
    if (set === 'closed') return d.outcome === 'won' || d.outcome === 'lost';
    return d.outcome === 'open';
  };
  return dealsOfOwners(ctx.index, [...new Set(ctx.subject.ownerIds)]).filter(keep).sort(byAmount);
}

function meetingsOf(ctx: KpiContext): Meeting[] {
  if (ctx.data.meetings === null) return [];
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  const owners = new Set(ctx.subject.ownerIds);
  return ctx.data.meetings.filter((m) => m.ownerId !== null && owners.has(m.ownerId) && m.at !== null && m.at >= start && m.at < end);
}
