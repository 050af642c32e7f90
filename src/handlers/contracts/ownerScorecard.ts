import { z } from 'zod';
import { dataAsOfSchema, kpiStatusSchema, periodLabelSchema, recordIdSchema, settingsFallbackSchema } from './common';

/** ownerScorecard: the scorecard tab and "My scorecard" (kpi-spec §6). */
export const ownerScorecardInputSchema = z.object({
  /** Defaults to the viewer's own owner record. */
  ownerId: recordIdSchema.optional(),
  /** Defaults to the current quarter in the portal's time zone. */
  period: periodLabelSchema.optional(),
});
export type OwnerScorecardInput = z.infer<typeof ownerScorecardInputSchema>;

export const scorecardKpiRowSchema = z.object({
  id: z.string(),
  status: kpiStatusSchema,
  actual: z.number().nullable(),
  target: z.number().nullable(),
  score: z.number().nullable(),
  /** Weight applied after re-spreading; 0 for KPIs that dropped out. */
  weight: z.number(),
  reason: z.string().nullable(),
});

export const ownerScorecardOutputSchema = z.object({
  currency: z.string(),
  dataAsOf: dataAsOfSchema,
  owner: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(['rep', 'manager', 'director']),
  period: z.string(),
  kpis: z.array(scorecardKpiRowSchema),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** The previous periods, oldest first, for the trend chart. */
  history: z.array(z.object({ period: z.string(), total: z.number().nullable(), grade: z.string().nullable() })),
  flags: z.array(z.enum(['promotion_candidate', 'improvement_plan'])),
  /** Periods the picker offers. */
  periods: z.array(z.string()),
  /** Set when the settings in force are an older version than the latest (see settingsFallbackSchema). */
  settingsFallback: settingsFallbackSchema.nullable().default(null),
});
export type OwnerScorecardOutput = z.infer<typeof ownerScorecardOutputSchema>;
