import { z } from 'zod';

/**
 * Why a settings field was refused, as a code the settings page words in the admin's
 * language; `message` keeps the English wording for the API, the CLI and the log.
 */
export const FIELD_REASONS = [
  'required', 'not_a_number', 'wrong_type', 'whole_number', 'too_small', 'too_big', 'text_too_short', 'text_too_long',
  'list_too_short', 'list_length', 'unknown_kpi', 'not_an_option', 'unknown_time_zone', 'owner_or_team', 'invalid_value',
  'weights_sum', 'kpi_listed_twice', 'floor_above_cap', 'target_not_positive', 'band_duplicate',
  'grade_min_duplicate', 'grade_duplicate', 'first_tier_not_zero', 'tiers_overlap',
  'threshold_duplicate', 'unknown_pipeline', 'unknown_stage', 'stage_closed', 'stage_lost', 'stage_not_after',
  'period_invalid', 'split_not_year', 'split_all_zero', 'quota_duplicate', 'unknown_owner', 'unknown_team', 'evaluation360_sum',
  'segment_property_unmapped', 'segment_company_property_missing', 'segment_target_duplicate', 'forecast_needs_mapping',
  'property_not_in_portal',
] as const;
export const fieldReasonSchema = z.enum(FIELD_REASONS);
export type FieldReason = z.infer<typeof fieldReasonSchema>;

/** The values a reason's wording fills in: numbers in the settings' own units (fractions for rates). */
export const fieldParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FieldParams = z.infer<typeof fieldParamsSchema>;

/**
 * One problem with the settings, named by the dotted path of the field the settings page
 * should mark (`roles.rep.kpis.2.weight`; `roles.rep.kpis` for a rule about the whole list;
 * '' for the settings object itself). The handlers' contracts use this same schema; `reason`
 * and `params` are absent on errors that are not about settings.
 */
export const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
  reason: fieldReasonSchema.optional(),
  params: fieldParamsSchema.optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const fieldError = (path: ReadonlyArray<PropertyKey>, message: string, reason?: FieldReason, params?: FieldParams): FieldError => ({
  field: path.map(String).join('.'),
  message,
  ...(reason === undefined ? {} : { reason }),
  ...(params === undefined ? {} : { params }),
});
