import { z } from 'zod';
import { forecastBasisSchema } from '../../domain/frozenForecast';
import { FORMULA_INPUTS } from '../../kpi/explainKpi';
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
  type: z.enum(['deal', 'meeting', 'score']),
  id: z.string(),
  name: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Deals: the amount in the portal's currency (null: unknown); scores: the score. */
  amount: z.number().nullable(),
  /** Deals: close date; meetings: their time; ISO. */
  at: z.string().nullable(),
  outcome: z.enum(['open', 'won', 'lost']).nullable(),
  source: z.string().nullable(),
  /** The record in HubSpot; null for scores, which live in the KPI backend. */
  url: z.string().nullable(),
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
    operator: z.enum(['divide', 'sum', 'count', 'mean', 'value']),
    inputs: z.array(z.object({ name: z.enum(FORMULA_INPUTS), value: z.number().nullable() })),
  }),
  /** Which records these are: the deals won in the period, every deal closed in it… */
  recordSet: z.enum(['won', 'won_new', 'closed', 'open', 'meetings', 'scores', 'none']),
  records: z.array(kpiDetailRecordSchema),
  /** More records matched than are listed (the list stops at `records.length`). */
  truncated: z.boolean(),
});
export type KpiDetailsOutput = z.infer<typeof kpiDetailsOutputSchema>;
