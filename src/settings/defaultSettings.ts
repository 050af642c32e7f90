import type { KpiId } from '../kpi/catalog';
import type { KpiEntry, Settings } from './settingsSchema';

/**
 * Default KPI targets (issue 2): fractions for rates; counts per month where the KPI says
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

export function defaultTarget(kpi: KpiId): number | null {
  if (kpi.startsWith('manual:')) return DEFAULT_MANUAL_TARGET;
  return DEFAULT_TARGETS[kpi] ?? null;
}

const entry = (kpi: KpiId, weight: number): KpiEntry => ({
  kpi,
  weight,
  target: defaultTarget(kpi),
  scoring: { type: 'linear', floor: 0, cap: 1.5 },
});

/** The defaults of kpi-spec §8. */
export function defaultSettings(): Settings {
  return {
    timeZone: null,
    fiscalYearStartMonth: 1,
    roles: {
      rep: {
        kpis: [
          entry('revenue_attainment', 40),
          entry('new_business_share', 15),
          entry('win_rate', 15),
          entry('collection_rate', 15),
          entry('activity_count', 5),
          entry('manual:csat', 10),
        ],
      },
      manager: {
        kpis: [
          entry('team_attainment', 40),
          entry('stage_conversion', 15),
          entry('revenue_per_rep', 15),
          entry('pipeline_coverage', 10),
          entry('forecast_accuracy', 10),
          entry('manual:team_development', 10),
        ],
      },
      director: {
        kpis: [
          entry('team_attainment', 35),
          entry('growth_rate', 20),
          entry('forecast_accuracy', 15),
          entry('expense_ratio', 10),
          entry('gross_margin_rate', 10),
          entry('manual:strategy', 10),
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
    propertyMapping: { collectedAmount: null, grossMargin: null, expense: null, forecastAmount: null },
    quotas: [],
    teams: [],
    directorOwnerIds: [],
    adminUserIds: [],
    growthComparison: 'same_period_last_year',
    evaluation360: { self: 0.3, manager: 0.5, customer: 0.2 },
  };
}
