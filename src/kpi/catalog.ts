import { z } from 'zod';

/**
 * The KPI library of kpi-spec §4. Each KPI has a direction (is more better?), a unit and the
 * names our users know, in English and Simplified Chinese.
 */
export const BUILT_IN_KPIS = [
  'revenue_attainment',
  'collection_attainment',
  'collection_rate',
  'won_revenue',
  'new_business_share',
  'new_customers',
  'win_rate',
  'avg_deal_size',
  'sales_cycle_days',
  'growth_rate',
  'pipeline_coverage',
  'weighted_pipeline',
  'stage_conversion',
  'lead_to_deal_conversion',
  'gross_margin_rate',
  'expense_ratio',
  'forecast_accuracy',
  'revenue_per_rep',
  'team_attainment',
  'activity_count',
  'churn_rate_value',
  'repeat_purchase_rate',
  'customer_retention_rate',
  'key_account_share',
  'customer_growth_rate',
  'product_mix_share',
] as const;
export type BuiltInKpiId = (typeof BUILT_IN_KPIS)[number];
export type ManualKpiId = `manual:${string}`;
export type KpiId = BuiltInKpiId | ManualKpiId;

export const kpiIdSchema = z.union([
  z.enum(BUILT_IN_KPIS),
  z.string().regex(/^manual:[a-z0-9_]+$/, 'manual KPIs are named manual:<key> (lower case, digits, _)') as z.ZodType<ManualKpiId>,
]);

export type Direction = 'higher' | 'lower';
/** ratio: a fraction (0.25 = 25%); amount: portal currency; count; days; score: 0–100. */
export type Unit = 'ratio' | 'amount' | 'count' | 'days' | 'score';

export interface KpiDefinition {
  direction: Direction;
  unit: Unit;
  en: string;
  zh: string;
  /** A count target given per month is multiplied by the months in the period. */
  targetPerMonth?: boolean;
}

export const KPI_CATALOG: Record<BuiltInKpiId, KpiDefinition> = {
  revenue_attainment: { direction: 'higher', unit: 'ratio', en: 'Revenue attainment', zh: '销售额达成率' },
  collection_attainment: { direction: 'higher', unit: 'ratio', en: 'Collection attainment', zh: '回款达成率' },
  collection_rate: { direction: 'higher', unit: 'ratio', en: 'Collection rate', zh: '回款率' },
  won_revenue: { direction: 'higher', unit: 'amount', en: 'Won revenue', zh: '销售额' },
  new_business_share: { direction: 'higher', unit: 'ratio', en: 'New-business share', zh: '新客户销售额占比' },
  new_customers: { direction: 'higher', unit: 'count', en: 'New customers', zh: '新客户数', targetPerMonth: true },
  win_rate: { direction: 'higher', unit: 'ratio', en: 'Win rate', zh: '赢单率' },
  avg_deal_size: { direction: 'higher', unit: 'amount', en: 'Average deal size', zh: '平均客单价' },
  sales_cycle_days: { direction: 'lower', unit: 'days', en: 'Sales cycle', zh: '销售周期' },
  growth_rate: { direction: 'higher', unit: 'ratio', en: 'Sales growth', zh: '销售增长率' },
  pipeline_coverage: { direction: 'higher', unit: 'ratio', en: 'Pipeline coverage', zh: '管道覆盖率' },
  weighted_pipeline: { direction: 'higher', unit: 'amount', en: 'Weighted pipeline', zh: '加权管道' },
  stage_conversion: { direction: 'higher', unit: 'ratio', en: 'Stage conversion', zh: '阶段转化率' },
  lead_to_deal_conversion: { direction: 'higher', unit: 'ratio', en: 'Lead conversion', zh: '线索转化率' },
  gross_margin_rate: { direction: 'higher', unit: 'ratio', en: 'Gross margin rate', zh: '毛利率' },
  expense_ratio: { direction: 'lower', unit: 'ratio', en: 'Sales expense ratio', zh: '销售费用率' },
  forecast_accuracy: { direction: 'higher', unit: 'ratio', en: 'Forecast accuracy', zh: '销售预测准确性' },
  revenue_per_rep: { direction: 'higher', unit: 'amount', en: 'Revenue per rep', zh: '人均产值' },
  team_attainment: { direction: 'higher', unit: 'ratio', en: 'Team attainment', zh: '团队目标达成率' },
  activity_count: { direction: 'higher', unit: 'count', en: 'Customer visits', zh: '有效拜访量', targetPerMonth: true },
  churn_rate_value: { direction: 'lower', unit: 'ratio', en: 'Customer churn (value)', zh: '客户流失率' },
  repeat_purchase_rate: { direction: 'higher', unit: 'ratio', en: 'Repeat purchase rate', zh: '复购率' },
  customer_retention_rate: { direction: 'higher', unit: 'ratio', en: 'Customer retention', zh: '客户保有率' },
  key_account_share: { direction: 'higher', unit: 'ratio', en: 'Key-account share', zh: '重点客户销售额占比' },
  customer_growth_rate: { direction: 'higher', unit: 'ratio', en: 'Customer growth', zh: '客户增长率' },
  product_mix_share: { direction: 'higher', unit: 'ratio', en: 'Strategic product share', zh: '产品组合销售' },
};

/** Names of the manual (qualitative) KPIs the templates and presets use. */
export const MANUAL_KPI_NAMES: Record<string, { en: string; zh: string }> = {
  csat: { en: 'Customer satisfaction', zh: '客户满意度' },
  nps: { en: 'NPS', zh: '净推荐值' },
  compliance: { en: 'Compliance', zh: '合规性' },
  teamwork: { en: 'Teamwork', zh: '团队协作' },
  team_development: { en: 'Team development', zh: '团队建设' },
  strategy: { en: 'Strategy execution', zh: '战略执行' },
  review_360: { en: '360 review', zh: '360度评估' },
};

export const isManualKpi = (id: KpiId): id is ManualKpiId => id.startsWith('manual:');

export function kpiDefinition(id: KpiId): KpiDefinition {
  if (isManualKpi(id)) {
    const key = id.slice('manual:'.length);
    const names = MANUAL_KPI_NAMES[key] ?? { en: key, zh: key };
    return { direction: 'higher', unit: 'score', ...names };
  }
  return KPI_CATALOG[id];
}
