import type { KpiId } from '../kpi/catalog';
import type { KpiEntry, Settings } from './settingsSchema';
import { defaultScoring } from './settingsSchema';

/**
 * Default KPI targets: fractions for rates; counts per month where the KPI says
 * so; null where nothing sensible can be assumed (revenue_per_rep is not scored until set).
 */
export const DEFAULT_TARGETS: Partial<Record<KpiId, number | null>> = {
  revenue_attainment: 1,
  collection_attainment: 1,
  new_business_share: 0.3,
  win_rate: 0.25,
  collection_rate: 0.95,
  activity_count: 30,
  growth_rate: 0.1,
  pipeline_coverage: 3,
  forecast_accuracy: 0.9,
  gross_margin_rate: 0.3,
  expense_ratio: 0.1,
  team_attainment: 1,
  revenue_per_rep: null,
  stage_conversion: 1,
  lead_to_deal_conversion: 0.3,
  /** Lower is better: at most 10% of existing-business value lost (used by the presets). */
  churn_rate_value: 0.1,
};
export const DEFAULT_MANUAL_TARGET = 80;

/** The target a KPI starts with when it joins a template; manual scores (0–100) aim at 80. */
export function defaultTarget(kpi: KpiId): number | null {
  if (kpi.startsWith('manual:')) return DEFAULT_MANUAL_TARGET;
  return DEFAULT_TARGETS[kpi] ?? null;
}

/** A KPI as it joins a template (defaults, presets, the settings page): its default target, linear scoring. */
export const newKpiEntry = (kpi: KpiId, weight: number): KpiEntry => ({
  kpi,
  weight,
  target: defaultTarget(kpi),
  scoring: defaultScoring(),
});

/** The defaults of kpi-spec §8. */
export function defaultSettings(): Settings {
  return {
    timeZone: null,
    fiscalYearStartMonth: 1,
    roles: {
      rep: {
        kpis: [
          newKpiEntry('revenue_attainment', 40),
          newKpiEntry('new_business_share', 15),
          newKpiEntry('win_rate', 15),
          newKpiEntry('collection_rate', 15),
          newKpiEntry('activity_count', 5),
          newKpiEntry('manual:csat', 10),
        ],
      },
      manager: {
        kpis: [
          newKpiEntry('team_attainment', 40),
          newKpiEntry('stage_conversion', 15),
          newKpiEntry('revenue_per_rep', 15),
          newKpiEntry('pipeline_coverage', 10),
          newKpiEntry('forecast_accuracy', 10),
          newKpiEntry('manual:team_development', 10),
        ],
      },
      director: {
        kpis: [
          newKpiEntry('team_attainment', 35),
          newKpiEntry('growth_rate', 20),
          newKpiEntry('forecast_accuracy', 15),
          newKpiEntry('expense_ratio', 10),
          newKpiEntry('gross_margin_rate', 10),
          newKpiEntry('manual:strategy', 10),
        ],
      },
    },
    grades: [
      { grade: 'A', min: 110 },
      { grade: 'B', min: 90 },
      { grade: 'C', min: 70 },
      { grade: 'D', min: 0 },
    ],
    flags: { promotionAfterQuarters: 2, improvementPlanAfterQuarters: 2 },
    funnel: {
      maturityDays: 30,
      minSample: 20,
      stalledPercentile: 0.8,
      stalledMinWonDeals: 10,
      defaultThresholds: { firstPair: 0.3, middlePairs: 0.5, lastToWon: 0.4 },
      thresholds: [],
    },
    commission: {
      mode: 'marginal',
      tiers: [
        { from: 0, rate: 0.05 },
        { from: 1.2, rate: 0.06 },
      ],
      cap: null,
    },
    propertyMapping: { collectedAmount: null, grossMargin: null, expense: null, forecastAmount: null, segment: null },
    quotas: [],
    forecastSource: 'weighted_pipeline',
    revenueGoalGroupId: null,
    teams: [],
    directorOwnerIds: [],
    adminUserIds: [],
    growthComparison: 'same_period_last_year',
    keyAccounts: null,
    customerBaseTargets: [],
    strategicProducts: null,
    evaluation360: { self: 0.3, manager: 0.5, customer: 0.2 },
    segments: { by: 'pipeline', companyProperty: null, targets: [] },
    digests: { weekly: true, monthly: true, language: 'en' },
  };
}
