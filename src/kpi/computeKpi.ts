import type { BuiltInKpiId, KpiId } from './catalog';
import { isManualKpi } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { collectionAttainment, revenueAttainment, teamAttainment } from './attainment';
import { activityCount } from './activityCount';
import { churnRateValue } from './churnRate';
import { collectionRate } from './collectionRate';
import { forecastAccuracy } from './forecastAccuracy';
import { leadToDealConversion, stageConversion } from './funnelKpis';
import { growthRate } from './growthRate';
import { manualKpi } from './manualKpi';
import { expenseRatio, grossMarginRate } from './marginExpense';
import { newBusinessShare } from './newBusiness';
import { newCustomers } from './newCustomers';
import { repeatPurchaseRate } from './repeatPurchaseRate';
import { customerRetentionRate } from './customerRetentionRate';
import { keyAccountShare } from './keyAccountShare';
import { customerGrowthRate } from './customerGrowthRate';
import { productMixShare } from './productMixShare';
import { pipelineCoverage } from './pipelineCoverage';
import { salesCycleDays } from './salesCycle';
import { weightedPipeline } from './weightedPipeline';
import { winRate } from './winRate';
import { avgDealSize, revenuePerRep, wonRevenue } from './wonRevenue';

const FORMULAS: Record<BuiltInKpiId, (ctx: KpiContext) => KpiValue> = {
  revenue_attainment: revenueAttainment,
  collection_attainment: collectionAttainment,
  collection_rate: collectionRate,
  won_revenue: wonRevenue,
  new_business_share: newBusinessShare,
  new_customers: newCustomers,
  win_rate: winRate,
  avg_deal_size: avgDealSize,
  sales_cycle_days: salesCycleDays,
  growth_rate: growthRate,
  pipeline_coverage: pipelineCoverage,
  weighted_pipeline: weightedPipeline,
  stage_conversion: stageConversion,
  lead_to_deal_conversion: leadToDealConversion,
  gross_margin_rate: grossMarginRate,
  expense_ratio: expenseRatio,
  forecast_accuracy: forecastAccuracy,
  revenue_per_rep: revenuePerRep,
  team_attainment: teamAttainment,
  activity_count: activityCount,
  churn_rate_value: churnRateValue,
  repeat_purchase_rate: repeatPurchaseRate,
  customer_retention_rate: customerRetentionRate,
  key_account_share: keyAccountShare,
  customer_growth_rate: customerGrowthRate,
  product_mix_share: productMixShare,
};

/**
 * The value of one KPI of kpi-spec §4 for the context's subject and period. Every formula is
 * pure over the context; one with missing inputs says why instead of reporting 0.
 */
export function computeKpi(id: KpiId, ctx: KpiContext): KpiValue {
  return isManualKpi(id) ? manualKpi(id, ctx) : FORMULAS[id](ctx);
}
