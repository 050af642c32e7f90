import { z } from 'zod';
import { kpiIdSchema } from '../kpi/catalog';
import { forecastSourceSchema } from '../domain/frozenForecast';
import { propertyMappingSchema } from '../domain/propertyMapping';
import { isValidTimeZone } from '../domain/period';

/**
 * The admin's settings (kpi-spec §6–§8): one schema, the single source of the Settings type.
 * Field-level rules live here (types, ranges, rates in 0–1); the rules across fields (weights
 * sum to 100, ascending tiers, distinct grade minimums) and those that need the portal (stage
 * ids, owner ids) live in `validateSettings`, the gate every save goes through.
 */
export const linearScoringSchema = z.object({
  type: z.literal('linear'),
  floor: z.number().min(0).default(0),
  cap: z.number().positive().default(1.5),
});
export const bandScoringSchema = z.object({
  type: z.literal('bands'),
  /** Lower bound of the actual → score; the highest bound not above the actual wins. */
  bands: z.array(z.object({ from: z.number(), score: z.number().min(0) })).min(1),
});
export const scoringSchema = z.discriminatedUnion('type', [linearScoringSchema, bandScoringSchema]);
export type Scoring = z.infer<typeof scoringSchema>;

/** kpi-spec §6: linear scoring with floor 0 and cap 1.5, a fresh object for each entry. */
export const defaultScoring = (): Scoring => ({ type: 'linear', floor: 0, cap: 1.5 });

export const kpiEntrySchema = z.object({
  kpi: kpiIdSchema,
  weight: z.number().int('must be a whole number').min(0).max(100),
  /** In the KPI's unit (fractions for rates); null: not scored until an admin sets one. */
  target: z.number().nullable(),
  scoring: scoringSchema.default(defaultScoring),
});
export type KpiEntry = z.infer<typeof kpiEntrySchema>;

export const roleTemplateSchema = z.object({ kpis: z.array(kpiEntrySchema).min(1, 'a template needs at least one KPI') });
export type RoleTemplate = z.infer<typeof roleTemplateSchema>;

export const ROLES = ['rep', 'manager', 'director'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const rate = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const gradeBandSchema = z.object({ grade: z.string().min(1).max(3), min: z.number() });

export const funnelThresholdSchema = z.object({
  pipelineId: z.string().min(1),
  fromStageId: z.string().min(1),
  toStageId: z.string().min(1),
  minRate: rate,
});
export type FunnelThreshold = z.infer<typeof funnelThresholdSchema>;

export const funnelSettingsSchema = z.object({
  maturityDays: z.number().int().min(0).max(365).default(30),
  minSample: z.number().int().min(1).max(100000).default(20),
  /** Stage aging: the percentile of won deals' time in stage past which an open deal is stalled (kpi-spec §5). */
  stalledPercentile: rate.default(0.8),
  stalledMinWonDeals: z.number().int().min(1).default(10),
  defaultThresholds: z
    .object({ firstPair: rate.default(0.3), middlePairs: rate.default(0.5), lastToWon: rate.default(0.4) })
    .default({ firstPair: 0.3, middlePairs: 0.5, lastToWon: 0.4 }),
  thresholds: z.array(funnelThresholdSchema).default([]),
});
export type FunnelSettings = z.infer<typeof funnelSettingsSchema>;

export const commissionTierSchema = z.object({
  /** Attainment at which the tier starts, as a fraction of target (1.2 = 120%). */
  from: z.number().min(0),
  rate,
});
export const commissionSettingsSchema = z.object({
  mode: z.enum(['marginal', 'retroactive']).default('marginal'),
  tiers: z.array(commissionTierSchema).min(1),
  /** Most commission one owner can earn in a period, in portal currency; null: no cap. */
  cap: z.number().positive().nullable().default(null),
});
export type CommissionSettings = z.infer<typeof commissionSettingsSchema>;

export const quotaSchema = z
  .object({
    ownerId: z.string().min(1).optional(),
    teamId: z.string().min(1).optional(),
    /** A period label: 2026-Q3, 2026-07 or 2026 (a fiscal year, split into months by `split`). */
    period: z.string().min(4),
    amount: z.number().min(0),
    /** How a yearly quota is spread over its 12 months: evenly, or by seasonality weights. */
    split: z.union([z.literal('even'), z.array(z.number().min(0)).length(12)]).default('even'),
  })
  .refine((q) => (q.ownerId === undefined) !== (q.teamId === undefined), 'give either ownerId or teamId');
export type Quota = z.infer<typeof quotaSchema>;

/** key_account_share: the companies whose `property` holds one of `values` are key accounts. */
export const keyAccountsSchema = z.object({
  property: z.string().min(1, 'name the company property'),
  values: z.array(z.string().min(1)).min(1, 'name at least one value that marks a key account'),
});
export type KeyAccounts = z.infer<typeof keyAccountsSchema>;

/** customer_growth_rate's denominator: the customer base a team (or an owner) is to reach in a period. */
export const customerBaseTargetSchema = z
  .object({
    ownerId: z.string().min(1).optional(),
    teamId: z.string().min(1).optional(),
    /** A period label as the scorecard's: 2026-Q3, 2026-07 or 2026. */
    period: z.string().min(4),
    customers: z.number().int('must be a whole number').positive('must be more than 0'),
  })
  .refine((t) => (t.ownerId === undefined) !== (t.teamId === undefined), 'give either ownerId or teamId');
export type CustomerBaseTarget = z.infer<typeof customerBaseTargetSchema>;

/**
 * product_mix_share: the strategic line items are those made from one of `productIds`
 * (`hs_product_id`), or whose line-item `property` (HubSpot copies product properties onto
 * the line items made from them) holds one of `values`.
 */
export const strategicProductsSchema = z
  .object({
    productIds: z.array(z.string().min(1)).default([]),
    property: z.string().min(1).nullable().default(null),
    values: z.array(z.string().min(1)).default([]),
  })
  .refine((s) => s.productIds.length > 0 || (s.property !== null && s.values.length > 0), 'name strategic products, or a line-item property and its values')
  .refine((s) => (s.property === null) === (s.values.length === 0), 'a property needs values and values need a property');
export type StrategicProducts = z.infer<typeof strategicProductsSchema>;

export const teamSettingsSchema = z.object({
  teamId: z.string().min(1),
  managerOwnerIds: z.array(z.string().min(1)).default([]),
});

/** A segment's target for one period (关键细分市场): the won amount the segment should reach. */
export const segmentTargetSchema = z.object({
  /** The segment's key: a pipeline id, or the segment property's value as HubSpot holds it. */
  segment: z.string().min(1),
  /** A period label: 2026-Q3, 2026-07 or 2026. */
  period: z.string().min(4),
  amount: z.number().min(0),
});
export type SegmentTarget = z.infer<typeof segmentTargetSchema>;

/**
 * How deals are cut into segments (kpi-spec §4, 关键细分市场): by pipeline, by the deal
 * property the property mapping names as `segment` (region, product line), or by a property
 * of the deal's customer, its primary company (region, industry).
 */
export const SEGMENT_DIMENSIONS = ['pipeline', 'deal_property', 'company_property'] as const;
export const segmentSettingsSchema = z.object({
  by: z.enum(SEGMENT_DIMENSIONS).default('pipeline'),
  /** The company property segments are cut by when `by` is company_property (its internal name, e.g. industry). */
  companyProperty: z.string().trim().min(1, 'name the company property').nullable().default(null),
  targets: z.array(segmentTargetSchema).default([]),
});
export type SegmentSettings = z.infer<typeof segmentSettingsSchema>;

/**
 * The reporting rhythm (docs/kpis.md "Digests"): whether the scheduler sends the weekly
 * digest and the monthly summary to the managers, and in which language. HubSpot's APIs do
 * not tell a user's language, so the portal's is set here ('zh': Simplified Chinese).
 */
export const digestSettingsSchema = z.object({
  weekly: z.boolean().default(true),
  monthly: z.boolean().default(true),
  language: z.enum(['en', 'zh']).default('en'),
});

export const settingsSchema = z.object({
  /** IANA zone; null: the portal's own time zone. */
  timeZone: z
    .string()
    .refine(isValidTimeZone, 'is not a known IANA time zone')
    .nullable()
    .default(null),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  roles: z.object({ rep: roleTemplateSchema, manager: roleTemplateSchema, director: roleTemplateSchema }),
  grades: z.array(gradeBandSchema).min(1),
  flags: z
    .object({
      promotionAfterQuarters: z.number().int().min(1).max(8).default(2),
      improvementPlanAfterQuarters: z.number().int().min(1).max(8).default(2),
    })
    .default({ promotionAfterQuarters: 2, improvementPlanAfterQuarters: 2 }),
  funnel: funnelSettingsSchema,
  commission: commissionSettingsSchema,
  propertyMapping: propertyMappingSchema.default({ collectedAmount: null, grossMargin: null, expense: null, forecastAmount: null, segment: null }),
  quotas: z.array(quotaSchema).default([]),
  /**
   * What forecast_accuracy compares with (docs/kpis.md "Forecast accuracy"): the forecasts
   * submitted in HubSpot's forecast tool, the weighted pipeline (which every portal has), or the
   * mapped forecast property; frozen for each owner, team and the department at period start.
   */
  forecastSource: forecastSourceSchema.default('weighted_pipeline'),
  /**
   * The HubSpot goal family (hs_group_correlation_uuid) that holds revenue quotas: a portal's
   * goals also count calls and meetings. null: use the goals only while they are one family.
   */
  revenueGoalGroupId: z.string().min(1).nullable().default(null),
  teams: z.array(teamSettingsSchema).default([]),
  directorOwnerIds: z.array(z.string().min(1)).default([]),
  adminUserIds: z.array(z.number().int()).default([]),
  growthComparison: z.enum(['same_period_last_year', 'previous_period']).default('same_period_last_year'),
  /** null: key_account_share is not configured. */
  keyAccounts: keyAccountsSchema.nullable().default(null),
  customerBaseTargets: z.array(customerBaseTargetSchema).default([]),
  /** null: product_mix_share is not configured. */
  strategicProducts: strategicProductsSchema.nullable().default(null),
  /** 360 evaluation (kpi-spec §6): how self, manager and customer scores combine. */
  evaluation360: z
    .object({ self: rate, manager: rate, customer: rate })
    .default({ self: 0.3, manager: 0.5, customer: 0.2 }),
  segments: segmentSettingsSchema.default({ by: 'pipeline', companyProperty: null, targets: [] }),
  digests: digestSettingsSchema.default({ weekly: true, monthly: true, language: 'en' }),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
