import type { Deal, ManualScore, Meeting } from '../domain/portal';
import { targetOf } from './attainment';
import type { KpiId } from './catalog';
import { isManualKpi } from './catalog';
import type { KpiContext } from './kpiContext';
import { totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
import type { PeriodTotals } from './periodTotals';
import { dealsOfOwners } from './portalIndex';

/** The named inputs a formula is written with; the cards translate the names. */
export const FORMULA_INPUTS = [
  'won', 'target', 'gap', 'won_count', 'closed_count', 'new_won', 'new_won_count', 'collected', 'margin', 'expense',
  'cycle_days', 'cycle_deals', 'open', 'weighted_open', 'reps', 'meetings', 'score', 'value', 'comparison_won',
] as const;
export type FormulaInput = (typeof FORMULA_INPUTS)[number];

/** `growth`: (the first − the second) ÷ the second. */
export type FormulaOperator = 'divide' | 'sum' | 'count' | 'mean' | 'value' | 'growth';
export const FORMULA_OPERATORS = ['divide', 'sum', 'count', 'mean', 'value', 'growth'] as const satisfies readonly FormulaOperator[];

/** Which records sit behind a KPI: the won deals, every closed deal, the open ones… */
export type RecordSet = 'won' | 'won_new' | 'closed' | 'open' | 'meetings' | 'scores' | 'none';

export interface KpiExplanation {
  /** How the inputs combine: the first divided by the second, the sum of the records… */
  operator: FormulaOperator;
  inputs: { name: FormulaInput; value: number | null }[];
  recordSet: RecordSet;
  deals: Deal[];
  meetings: Meeting[];
  scores: ManualScore[];
}

type Recipe = { operator: FormulaOperator; recordSet: RecordSet; inputs: (t: PeriodTotals, ctx: KpiContext) => [FormulaInput, number | null][] };

const target = (id: KpiId, ctx: KpiContext): number | null => {
  const r = targetOf(id, ctx);
  return r.ok ? r.value : null;
};

const RECIPES: Partial<Record<KpiId, Recipe>> = {
  won_revenue: { operator: 'sum', recordSet: 'won', inputs: (t) => [['won', t.wonAmount]] },
  revenue_attainment: { operator: 'divide', recordSet: 'won', inputs: (t, ctx) => [['won', t.wonAmount], ['target', target('revenue_attainment', ctx)]] },
  collection_attainment: { operator: 'divide', recordSet: 'won', inputs: (t, ctx) => [['collected', t.collected], ['target', target('collection_attainment', ctx)]] },
  avg_deal_size: { operator: 'divide', recordSet: 'won', inputs: (t) => [['won', t.wonAmount], ['won_count', t.wonCount]] },
  win_rate: { operator: 'divide', recordSet: 'closed', inputs: (t) => [['won_count', t.wonCount], ['closed_count', t.wonCount + t.lostCount]] },
  new_business_share: { operator: 'divide', recordSet: 'won', inputs: (t) => [['new_won', t.wonNewAmount], ['won', t.wonAmount]] },
  new_customers: { operator: 'count', recordSet: 'won_new', inputs: (t) => [['new_won_count', t.wonNewCount]] },
  collection_rate: { operator: 'divide', recordSet: 'won', inputs: (t) => [['collected', t.collected], ['won', t.wonAmount]] },
  gross_margin_rate: { operator: 'divide', recordSet: 'won', inputs: (t) => [['margin', t.margin], ['won', t.wonAmount]] },
  expense_ratio: { operator: 'divide', recordSet: 'won', inputs: (t) => [['expense', t.expense], ['won', t.wonAmount]] },
  sales_cycle_days: { operator: 'divide', recordSet: 'won', inputs: (t) => [['cycle_days', t.cycleDays], ['cycle_deals', t.cycleDeals]] },
  weighted_pipeline: { operator: 'sum', recordSet: 'open', inputs: (t) => [['weighted_open', t.openWeighted]] },
  pipeline_coverage: {
    operator: 'divide',
    recordSet: 'open',
    inputs: (t, ctx) => {
      const goal = target('pipeline_coverage', ctx);
      return [['open', t.openAmount], ['gap', goal === null ? null : goal - t.wonAmount]];
    },
  },
  revenue_per_rep: {
    operator: 'divide',
    recordSet: 'won',
    inputs: (t, ctx) => [['won', t.wonAmount], ['reps', [...new Set(ctx.subject.ownerIds)].filter((id) => ctx.index.ownersById.get(id)?.active === true).length]],
  },
  activity_count: { operator: 'count', recordSet: 'meetings', inputs: (_, ctx) => [['meetings', ctx.data.meetings === null ? null : meetingsOf(ctx).length]] },
};

/**
 * "How this was calculated" for one KPI of a scorecard (kpi-spec §4): the formula's inputs
 * filled in from the same period totals the KPI reads, and the records behind them — the deals
 * whose amounts add up to the won amount, the meetings counted, the scores entered. KPIs whose
 * inputs are not a sum of records (growth, forecast accuracy, funnel rates, churn) show their
 * value alone; their records are the period's closed deals.
 */
export function explainKpi(id: KpiId, ctx: KpiContext, actual: number | null): KpiExplanation {
  if (isManualKpi(id)) {
    const key = id.slice('manual:'.length);
    const owners = new Set(ctx.subject.kind === 'owner' && ctx.subject.id !== null ? [ctx.subject.id] : ctx.subject.ownerIds);
    const scores = (ctx.manualScores ?? []).filter((s) => s.key === key && s.period === labelOf(ctx.period) && owners.has(s.ownerId));
    return { operator: 'mean', inputs: [['score', actual] as const].map(([name, value]) => ({ name, value })), recordSet: 'scores', deals: [], meetings: [], scores };
  }
  const recipe = RECIPES[id] ?? { operator: 'value', recordSet: 'closed', inputs: () => [['value', actual]] };
  const inputs = recipe.inputs(totalsOf(ctx), ctx).map(([name, value]) => ({ name, value }));
  const meetings = recipe.recordSet === 'meetings' ? meetingsOf(ctx) : [];
  return { operator: recipe.operator, inputs, recordSet: recipe.recordSet, deals: dealsIn(recipe.recordSet, ctx), meetings, scores: [] };
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
  return dealsOfOwners(ctx.index, [...new Set(ctx.subject.ownerIds)]).filter(keep).sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || a.id.localeCompare(b.id));
}

function meetingsOf(ctx: KpiContext): Meeting[] {
  if (ctx.data.meetings === null) return [];
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  const owners = new Set(ctx.subject.ownerIds);
  return ctx.data.meetings.filter((m) => m.ownerId !== null && owners.has(m.ownerId) && m.at !== null && m.at >= start && m.at < end);
}
