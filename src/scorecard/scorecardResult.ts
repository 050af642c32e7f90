import { z } from 'zod';
import { roleSchema } from '../settings/settingsSchema';

/** One KPI row of a scorecard (kpi-spec §6): its value, target, score and the weight it carried. */
export const scorecardKpiSchema = z.object({
  id: z.string(),
  status: z.enum(['ok', 'not_configured', 'insufficient_data']),
  /** In the KPI's unit; null unless status is ok. */
  actual: z.number().nullable(),
  /** The target for this period (per-month counts scaled to the period). */
  target: z.number().nullable(),
  /** null: dropped out of the total. */
  score: z.number().nullable(),
  /** Weight applied after re-spreading (integers summing to 100); 0 for dropped KPIs. */
  weight: z.number().int(),
  /** Why the KPI has no value or no score; null when it was scored. */
  reason: z.string().nullable(),
});
export type ScorecardKpi = z.infer<typeof scorecardKpiSchema>;

export const scorecardHistoryEntrySchema = z.object({ period: z.string(), total: z.number().nullable(), grade: z.string().nullable() });

/** An owner's scorecard for one period, as the CLI prints it and the handlers return it. */
export const scorecardResultSchema = z.object({
  owner: z.string(),
  role: roleSchema,
  period: z.string(),
  kpis: z.array(scorecardKpiSchema),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** The previous periods, oldest first. */
  history: z.array(scorecardHistoryEntrySchema),
  flags: z.array(z.enum(['promotion_candidate', 'improvement_plan'])),
});
export type ScorecardResult = z.infer<typeof scorecardResultSchema>;
