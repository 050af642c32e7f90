import { z } from 'zod';
import type { KpiId } from '../kpi/catalog';
import type { Role } from './settingsSchema';

export const PRESET_IDS = ['market_share', 'customer_value', 'startup', 'growth', 'mature'] as const;
export const presetIdSchema = z.enum(PRESET_IDS);
export type PresetId = z.infer<typeof presetIdSchema>;

export interface Preset {
  id: PresetId;
  /** A preset follows a sales strategy or the team's stage (kpi-spec §6 "Presets"). */
  kind: 'strategy' | 'stage';
  en: string;
  zh: string;
  /** What weighs most, for the settings page. */
  emphasis: { en: string; zh: string };
  /** Starting weights per role template; each role's weights add up to 100. */
  roles: Record<Role, ReadonlyArray<{ kpi: KpiId; weight: number }>>;
}

const w = (kpi: KpiId, weight: number) => ({ kpi, weight });

/**
 * Starting weights by strategy and by team stage (kpi-spec §6). The spec's "repeat /
 * existing-business revenue" has no KPI of its own in the library (§4), so it is measured by
 * churn_rate_value — the share of existing-business value lost, lower is better — which is
 * what keeping that revenue means; revenue attainment covers the volume. Count and amount
 * KPIs (new customers, average deal size) get no default target: an admin sets one, and
 * until then they drop out of the total with their weight re-spread.
 */
export const PRESETS: Record<PresetId, Preset> = {
  market_share: {
    id: 'market_share', kind: 'strategy', en: 'Market share', zh: '市场份额',
    emphasis: { en: 'new customers and growth', zh: '新客户与增长' },
    roles: {
      rep: [w('new_customers', 30), w('growth_rate', 25), w('revenue_attainment', 20), w('new_business_share', 10), w('win_rate', 10), w('activity_count', 5)],
      manager: [w('new_customers', 30), w('growth_rate', 25), w('team_attainment', 20), w('pipeline_coverage', 10), w('stage_conversion', 10), w('manual:team_development', 5)],
      director: [w('growth_rate', 30), w('new_customers', 25), w('team_attainment', 20), w('forecast_accuracy', 15), w('expense_ratio', 10)],
    },
  },
  customer_value: {
    id: 'customer_value', kind: 'strategy', en: 'Customer value', zh: '客户价值',
    emphasis: { en: 'existing-business revenue, average deal size and satisfaction', zh: '老客户收入、客单价与满意度' },
    roles: {
      rep: [w('churn_rate_value', 25), w('avg_deal_size', 25), w('manual:csat', 25), w('revenue_attainment', 15), w('collection_rate', 10)],
      manager: [w('churn_rate_value', 25), w('manual:csat', 25), w('avg_deal_size', 20), w('team_attainment', 15), w('forecast_accuracy', 15)],
      director: [w('churn_rate_value', 25), w('manual:csat', 25), w('avg_deal_size', 20), w('team_attainment', 15), w('gross_margin_rate', 15)],
    },
  },
  startup: {
    id: 'startup', kind: 'stage', en: 'Start-up team', zh: '初创期团队',
    emphasis: { en: 'new customers and pipeline coverage', zh: '新客户与管道覆盖' },
    roles: {
      rep: [w('new_customers', 30), w('pipeline_coverage', 25), w('activity_count', 15), w('win_rate', 15), w('revenue_attainment', 15)],
      manager: [w('new_customers', 30), w('pipeline_coverage', 25), w('team_attainment', 20), w('stage_conversion', 15), w('manual:team_development', 10)],
      director: [w('new_customers', 30), w('pipeline_coverage', 30), w('team_attainment', 20), w('growth_rate', 20)],
    },
  },
  growth: {
    id: 'growth', kind: 'stage', en: 'Growing team', zh: '成长期团队',
    emphasis: { en: 'repeat revenue and margin', zh: '复购收入与毛利' },
    roles: {
      rep: [w('churn_rate_value', 30), w('gross_margin_rate', 25), w('revenue_attainment', 20), w('win_rate', 15), w('collection_rate', 10)],
      manager: [w('churn_rate_value', 30), w('gross_margin_rate', 25), w('team_attainment', 20), w('pipeline_coverage', 15), w('manual:team_development', 10)],
      director: [w('churn_rate_value', 30), w('gross_margin_rate', 25), w('team_attainment', 20), w('growth_rate', 15), w('expense_ratio', 10)],
    },
  },
  mature: {
    id: 'mature', kind: 'stage', en: 'Mature team', zh: '成熟期团队',
    emphasis: { en: 'margin, satisfaction and forecast accuracy', zh: '毛利、满意度与预测准确性' },
    roles: {
      rep: [w('gross_margin_rate', 25), w('manual:csat', 25), w('forecast_accuracy', 25), w('revenue_attainment', 15), w('collection_rate', 10)],
      manager: [w('gross_margin_rate', 25), w('manual:csat', 25), w('forecast_accuracy', 25), w('team_attainment', 15), w('manual:team_development', 10)],
      director: [w('gross_margin_rate', 30), w('forecast_accuracy', 25), w('manual:csat', 25), w('team_attainment', 10), w('expense_ratio', 10)],
    },
  },
};
