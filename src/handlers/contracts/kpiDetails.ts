import { z } from 'zod';
import { forecastBasisSchema } from '../../domain/frozenForecast';
import { FORMULA_INPUTS, FORMULA_OPERATORS, RECORD_SETS } from '../../kpi/kpiExplanation';
import { kpiStatusSchema, periodLabelSchema } from './common';

/** kpiDetails: "how this was calculated" for one KPI of a scorecard (kpi-spec §4). */
export const kpiDetailsInputSchema = z.object({
  /** Defaults to the viewer's own owner record. */
  ownerId: z.string().min(1).optional(),
  /** Defaults to the current quarter. */
  period: periodLabelSchema.optional(),
  kpi: z.string().min(1),
});
export type KpiDetailsInput = z.infer<typeof kpiDetailsInputSchema>;

export const kpiDetailRecordSchema = z.object({
  type: z.enum(['deal', 'meeting', 'score', 'company', 'line_item']),
  id: z.string(),
  name: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Deals and line items: the amount in the portal's currency (null: unknown); companies: won from them in the period; scores: the score. */
  amount: z.number().nullable(),
  /** Deals and line items: close date; companies: first purchase; meetings: their time; ISO. */
  at: z.string().nullable(),
  outcome: z.enum(['open', 'won', 'lost']).nullable(),
  source: z.string().nullable(),
  /** The record in HubSpot (a line item: its deal); null for scores, which live in the KPI backend. */
  url: z.string().nullable(),
  /** Companies and line items: how the formula counted it (new or repeat customer, kept, key account, strategic…). */
  mark: z.enum(['new', 'repeat', 'kept', 'lost', 'key_account', 'other_account', 'strategic', 'other_product']).nullable().optional(),
  /** The formula input this record adds to (`won`, `won_before`, `forecast`…); null or absent: listed for context. */
  input: z.enum(FORMULA_INPUTS).nullable().optional(),
  /** Deals with a frozen forecast (forecast accuracy): that amount. */
  forecastAmount: z.number().nullable().optional(),
  /** Sales cycle: the deal's days from create to close; null when its create date is unknown. */
  days: z.number().nullable().optional(),
  /** Funnel KPIs: the stage pair whose cohort the deal is in, and whether it advanced. */
  pair: z.object({ pipeline: z.string(), from: z.string(), to: z.string(), advanced: z.boolean() }).optional(),
});
export type KpiDetailRecord = z.infer<typeof kpiDetailRecordSchema>;

export const kpiDetailsOutputSchema = z.object({
  currency: z.string(),
  owner: z.object({ id: z.string(), name: z.string() }),
  period: z.string(),
  kpi: z.string(),
  status: kpiStatusSchema,
  actual: z.number().nullable(),
  target: z.number().nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  reason: z.string().nullable(),
  /** forecast_accuracy: the frozen forecast the actual is compared with, with when and how it was taken; null otherwise. */
  forecast: forecastBasisSchema.nullable(),
  formula: z.object({
    operator: z.enum(FORMULA_OPERATORS),
    inputs: z.array(z.object({ name: z.enum(FORMULA_INPUTS), value: z.number().nullable() })),
  }),
  /** Which records these are: the deals won in the period, every deal closed in it… */
  recordSet: z.enum(RECORD_SETS),
  /** Funnel KPIs: every stage pair counted (labels), the one the KPI reads first. */
  pairs: z
    .array(z.object({ pipeline: z.string(), from: z.string(), to: z.string(), entered: z.number().int(), converted: z.number().int(), rate: z.number().nullable(), threshold: z.number() }))
    .optional(),
  records: z.array(kpiDetailRecordSchema),
  /** More records matched than are listed (the list stops at `records.length`). */
  truncated: z.boolean(),
});
export type KpiDetailsOutput = z.infer<typeof kpiDetailsOutputSchema>;
