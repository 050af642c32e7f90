import { z } from 'zod';
import { FORMULA_INPUTS, FORMULA_OPERATORS } from '../../kpi/kpiExplanation';
import { SEGMENT_DIMENSIONS } from '../../settings/settingsSchema';
import { kpiStatusSchema, periodLabelSchema } from './common';
import { kpiDetailRecordSchema } from './kpiDetails';

/** segments: growth and attainment per segment (关键细分市场, docs/kpis.md "Segments"). */
export const segmentsInputSchema = z.object({
  /** Defaults to the current quarter. */
  period: periodLabelSchema.optional(),
  /** One team only; default: every team the viewer may see (a director: the whole portal). */
  teamId: z.string().min(1).optional(),
  /** Open one segment's "how this was calculated": its key, null for "(no value)"; "total" for all. */
  open: z.union([z.object({ key: z.string().min(1).nullable() }), z.literal('total')]).optional(),
});
export type SegmentsInput = z.infer<typeof segmentsInputSchema>;

const figureSchema = z.object({ status: kpiStatusSchema, actual: z.number().nullable(), reason: z.string().nullable() });

export const segmentRowSchema = z.object({
  /** A pipeline id or the property's value; null: the deals with it empty ("(no value)"). */
  key: z.string().nullable(),
  /** The pipeline's label or the property option's label HubSpot shows (the value for a free-text property); null for "(no value)". */
  label: z.string().nullable(),
  won: z.number(),
  wonCount: z.number().int(),
  /** Won deals without an amount: while any, growth and attainment are unknown. */
  wonAmountUnknown: z.number().int(),
  comparisonWon: z.number(),
  comparisonCount: z.number().int(),
  target: z.number().nullable(),
  growth: figureSchema,
  attainment: figureSchema,
});
export type SegmentRowDto = z.infer<typeof segmentRowSchema>;

const formulaSchema = z.object({
  operator: z.enum(FORMULA_OPERATORS),
  inputs: z.array(z.object({ name: z.enum(FORMULA_INPUTS), value: z.number().nullable() })),
});

/** One segment opened: kpi-details' formula and record shapes, for growth and for attainment. */
export const segmentDetailsSchema = z.object({
  key: z.string().nullable(),
  total: z.boolean(),
  growth: formulaSchema,
  attainment: formulaSchema,
  /** The won deals of the period, then those of the comparison span (`source`: "period" / "comparison"). */
  records: z.array(kpiDetailRecordSchema),
  truncated: z.boolean(),
});
export type SegmentDetails = z.infer<typeof segmentDetailsSchema>;

export const segmentsOutputSchema = z.object({
  currency: z.string(),
  period: z.string(),
  periods: z.array(z.string()),
  comparisonPeriod: z.string(),
  by: z.enum(SEGMENT_DIMENSIONS),
  /** The deal or company property segments are cut by; null by pipeline. */
  property: z.string().nullable(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The team shown; null: every team the viewer may see. */
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  /**
   * Set when the segments cannot be computed (cut by a company property, but the deals'
   * companies or that property were not read): then there are no rows and no total, never zeros.
   */
  uncomputable: z.object({ reason: z.enum(['companies_not_read', 'company_property_not_read']), message: z.string() }).nullable(),
  rows: z.array(segmentRowSchema),
  /** null exactly when `uncomputable` is set. */
  total: segmentRowSchema.nullable(),
  details: segmentDetailsSchema.nullable(),
});
export type SegmentsOutput = z.infer<typeof segmentsOutputSchema>;
