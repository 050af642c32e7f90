import type { DealFacet } from '../domain/dealProblems';
import type { Outcome } from '../domain/portal';
import type { KpiId } from './catalog';
import { isManualKpi } from './catalog';

/**
 * Which deal inputs a KPI formula of kpi-spec §4 reads, and deals of which outcome: a deal
 * whose problem spoils one of these is left out of the KPI and named on it (kpi-spec §2).
 * `funnel`: the deals are placed by their stage entries (§5) rather than their close date.
 */
export interface KpiReads {
  facets: readonly DealFacet[];
  outcomes: readonly Outcome[];
  funnel: boolean;
}

const WON_AMOUNT: KpiReads = { facets: ['amount', 'closedate', 'outcome'], outcomes: ['won'], funnel: false };
const mappedOnWon = (facet: DealFacet, withAmount: boolean): KpiReads => ({
  facets: [facet, 'closedate', 'outcome', ...(withAmount ? (['amount'] as const) : [])],
  outcomes: ['won'],
  funnel: false,
});
const FUNNEL: KpiReads = { facets: ['stages', 'createdate', 'closedate', 'outcome'], outcomes: ['open', 'won', 'lost'], funnel: true };
const CUSTOMERS: KpiReads = { facets: ['closedate', 'outcome'], outcomes: ['won'], funnel: false };
const NOTHING: KpiReads = { facets: [], outcomes: [], funnel: false };

const READS: Record<Exclude<KpiId, `manual:${string}`>, KpiReads> = {
  revenue_attainment: WON_AMOUNT,
  won_revenue: WON_AMOUNT,
  avg_deal_size: WON_AMOUNT,
  new_business_share: WON_AMOUNT,
  revenue_per_rep: WON_AMOUNT,
  team_attainment: WON_AMOUNT,
  growth_rate: WON_AMOUNT,
  new_customers: CUSTOMERS,
  repeat_purchase_rate: CUSTOMERS,
  customer_retention_rate: CUSTOMERS,
  customer_growth_rate: CUSTOMERS,
  key_account_share: WON_AMOUNT,
  product_mix_share: CUSTOMERS,
  collection_attainment: mappedOnWon('collected', false),
  collection_rate: mappedOnWon('collected', true),
  gross_margin_rate: mappedOnWon('margin', true),
  expense_ratio: mappedOnWon('expense', true),
  win_rate: { facets: ['closedate', 'outcome'], outcomes: ['won', 'lost'], funnel: false },
  sales_cycle_days: { facets: ['closedate', 'createdate', 'outcome'], outcomes: ['won'], funnel: false },
  pipeline_coverage: { facets: ['amount', 'closedate', 'outcome'], outcomes: ['open', 'won'], funnel: false },
  weighted_pipeline: { facets: ['amount', 'closedate', 'outcome'], outcomes: ['open'], funnel: false },
  churn_rate_value: { facets: ['amount', 'closedate', 'outcome'], outcomes: ['won', 'lost'], funnel: false },
  forecast_accuracy: { facets: ['forecast', 'amount', 'closedate', 'outcome'], outcomes: ['open', 'won', 'lost'], funnel: false },
  stage_conversion: FUNNEL,
  lead_to_deal_conversion: FUNNEL,
  activity_count: NOTHING,
};

export function kpiReads(id: KpiId): KpiReads {
  return isManualKpi(id) ? NOTHING : READS[id as keyof typeof READS];
}

/** The KPIs that also read the comparison period of settings.growthComparison (kpi-spec §4). */
export const readsComparisonPeriod = (id: KpiId): boolean => id === 'growth_rate' || id === 'customer_retention_rate';
