import type { Deal, ManualScore, Meeting } from '../domain/portal';
import { targetOf } from './attainment';
import type { KpiId } from './catalog';
import { isManualKpi } from './catalog';
import type { KpiContext } from './kpiContext';
import { totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
import type { PeriodTotals } from './periodTotals';
import { dealsOfOwners } from './portalIndex';
import type { CustomerRecord, LineItemRecord } from './explainCustomers';
import { explainCustomers } from './explainCustomers';

/** The customer and product KPIs: their records are companies or line items, not deals. */
const CUSTOMER_SETS: Partial<Record<KpiId, { operator: FormulaOperator; recordSet: RecordSet }>> = {
  new_customers: { operator: 'count', recordSet: 'customers' },
  repeat_purchase_rate: { operator: 'divide', recordSet: 'customers' },
  customer_growth_rate: { operator: 'divide', recordSet: 'customers' },
  key_account_share: { operator: 'divide', recordSet: 'customers' },
  customer_retention_rate: { operator: 'divide', recordSet: 'comparison_customers' },
  product_mix_share: { operator: 'divide', recordSet: 'line_items' },
};

/** The named inputs a formula is written with; the cards translate the names. */
export const FORMULA_INPUTS = [
  'won', 'target', 'gap', 'won_count', 'closed_count', 'new_won', 'new_won_count', 'collected', 'margin', 'expense',
  'cycle_days', 'cycle_deals', 'open', 'weighted_open', 'reps', 'meetings', 'score', 'value',
  'customers', 'new_customers', 'repeat_customers', 'kept_customers', 'comparison_customers', 'key_account_won', 'target_base', 'strategic_won', 'line_items_won',
] as const;
export type FormulaInput = (typeof FORMULA_INPUTS)[number];

export type FormulaOperator = 'divide' | 'sum' | 'count' | 'mean' | 'value';

/** Which records sit behind a KPI: the won deals, every closed deal, the open ones… */
export type RecordSet = 'won' | 'won_new' | 'closed' | 'open' | 'meetings' | 'scores' | 'none' | 'customers' | 'comparison_customers' | 'line_items';

export interface KpiExplanation {
  /** How the inputs combine: the first divided by the second, the sum of the records… */
  operator: FormulaOperator;
  inputs: { name: FormulaInput; value: number | null }[];
  recordSet: RecordSet;
  deals: Deal[];
  meetings: Meeting[];
  scores: ManualScore[];
  /** The customers behind a customer KPI, each marked as the formula counted it. */
  customers: CustomerRecord[];
  /** The won line items behind product_mix_share. */
  lineItems: LineItemRecord[];
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
    return { operator: 'mean', inputs: [['score', actual] as const].map(([name, value]) => ({ name, value })), recordSet: 'scores', deals: [], meetings: [], scores, customers: [], lineItems: [] };
  }
  const customerSet = CUSTOMER_SETS[id];
  const customer = customerSet === undefined ? null : explainCustomers(id, ctx);
  if (customerSet !== undefined && customer !== null) {
    const inputs = customer.inputs.map(([name, value]) => ({ name: name as FormulaInput, value }));
    return { ...customerSet, inputs, deals: [], meetings: [], scores: [], customers: customer.customers, lineItems: customer.lineItems };
  }
  const recipe = RECIPES[id] ?? { operator: 'value', recordSet: 'closed', inputs: () => [['value', actual]] };
  const inputs = recipe.inputs(totalsOf(ctx), ctx).map(([name, value]) => ({ name, value }));
  const meetings = recipe.recordSet === 'meetings' ? meetingsOf(ctx) : [];
  return { operator: recipe.operator, inputs, recordSet: recipe.recordSet, deals: dealsIn(recipe.recordSet, ctx), meetings, scores: [], customers: [], lineItems: [] };
}

function dealsIn(set: RecordSet, ctx: KpiContext): Deal[] {
  if (set === 'meetings' || set === 'scores' || set === 'none' || set === 'customers' || set === 'comparison_customers' || set === 'line_items') return [];
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
