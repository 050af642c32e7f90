import type { Deal, ManualScore, Meeting } from '../domain/portal';

/** The named inputs a formula is written with; the cards translate the names. */
export const FORMULA_INPUTS = [
  'won', 'target', 'gap', 'won_count', 'closed_count', 'new_won', 'new_won_count', 'collected', 'margin', 'expense',
  'cycle_days', 'cycle_deals', 'open', 'weighted_open', 'reps', 'meetings', 'score', 'value',
  'won_before', 'forecast', 'existing_lost', 'existing_closed', 'entered', 'advanced', 'rate', 'threshold',
] as const;
export type FormulaInput = (typeof FORMULA_INPUTS)[number];

/**
 * How the inputs combine: the first divided by the second, the sum of the records…; `growth`
 * is (won − won before) ÷ won before, `accuracy` 1 − |won − forecast| ÷ won (kpi-spec §4).
 */
export const FORMULA_OPERATORS = ['divide', 'sum', 'count', 'mean', 'value', 'growth', 'accuracy'] as const;
export type FormulaOperator = (typeof FORMULA_OPERATORS)[number];

/**
 * Which records sit behind a KPI: the won deals, every closed deal, the open ones; both
 * periods' won deals (growth), the deals with a forecast and the won ones (forecast accuracy),
 * the existing-business deals closed (churn), the deals of each stage pair's cohort (funnel).
 */
export const RECORD_SETS = ['won', 'won_new', 'closed', 'open', 'meetings', 'scores', 'none', 'growth', 'forecast', 'churn', 'funnel'] as const;
export type RecordSet = (typeof RECORD_SETS)[number];

/** A deal behind a KPI, with what it adds to the formula. */
export interface ExplainedDeal {
  deal: Deal;
  /** The formula input whose sum or count this deal is part of; null: listed for context. */
  input: FormulaInput | null;
  /** Sales cycle: days from create to close; null when the create date is unknown. */
  days?: number | null;
  /** Funnel KPIs: the stage pair whose cohort the deal is in, and whether it advanced. */
  pair?: { pipeline: string; from: string; to: string; advanced: boolean };
}

/** One stage pair of a funnel KPI with its counts (kpi-spec §5). Labels, not ids. */
export interface ExplainedPair {
  pipeline: string;
  from: string;
  to: string;
  entered: number;
  converted: number;
  rate: number | null;
  threshold: number;
}

export interface KpiExplanation {
  operator: FormulaOperator;
  inputs: { name: FormulaInput; value: number | null }[];
  recordSet: RecordSet;
  deals: ExplainedDeal[];
  /** How many deals are behind the KPI when `deals` lists fewer (funnel cohorts cut at the limit); absent: all are listed. */
  dealCount?: number;
  meetings: Meeting[];
  scores: ManualScore[];
  /** Funnel KPIs: every pair counted, the one the KPI reads first. */
  pairs: ExplainedPair[];
}

export const named = (inputs: [FormulaInput, number | null][]): KpiExplanation['inputs'] => inputs.map(([name, value]) => ({ name, value }));

/** Largest amount first, then by id: the order a manager checks a sum in. */
export const byAmount = (a: Deal, b: Deal): number => (b.amount ?? -1) - (a.amount ?? -1) || a.id.localeCompare(b.id);
