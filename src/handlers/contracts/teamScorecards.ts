import { z } from 'zod';
import { kpiStatusSchema, periodLabelSchema } from './common';
import { scoredWithSchema } from './ownerScorecard';

/** teamScorecards: the team side by side (kpi-spec §6), for managers and directors. */
export const teamScorecardsInputSchema = z.object({
  /** Defaults to the current quarter. */
  period: periodLabelSchema.optional(),
  /** Defaults to the first team the viewer manages (directors and admins: the first team). */
  teamId: z.string().min(1).optional(),
});
export type TeamScorecardsInput = z.infer<typeof teamScorecardsInputSchema>;

export const teamKpiScoreSchema = z.object({
  kpi: z.string(),
  status: kpiStatusSchema,
  actual: z.number().nullable(),
  score: z.number().nullable(),
  weight: z.number(),
  reason: z.string().nullable(),
});

const lineFields = {
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** The total of the period before, for the trend arrow; null when it had none. */
  previousTotal: z.number().nullable(),
  scores: z.array(teamKpiScoreSchema),
};

export const teamMemberRowSchema = z.object({
  ownerId: z.string(),
  name: z.string(),
  role: z.enum(['rep', 'manager', 'director']),
  flags: z.array(z.enum(['promotion_candidate', 'improvement_plan'])),
  ...lineFields,
});
export type TeamMemberRow = z.infer<typeof teamMemberRowSchema>;

export const teamScorecardsOutputSchema = z.object({
  currency: z.string(),
  period: z.string(),
  periods: z.array(z.string()),
  /** The teams the viewer may open. */
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  team: z.object({ id: z.string(), name: z.string() }),
  /** The KPI columns: every KPI of the members' templates, in template order. */
  kpis: z.array(z.string()),
  members: z.array(teamMemberRowSchema),
  /** The team as one subject, weighed with the rep template (same columns as its reps). */
  teamLine: z.object(lineFields),
  /** Which saved settings scored the table (see the scorecard's); null before any save. */
  scoredWith: scoredWithSchema.nullable().default(null),
});
export type TeamScorecardsOutput = z.infer<typeof teamScorecardsOutputSchema>;
