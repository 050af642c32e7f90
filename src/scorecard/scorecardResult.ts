import { z } from 'zod';
import { dataProblemSchema } from '../domain/dataProblem';
import { forecastBasisSchema } from '../domain/frozenForecast';
import { roleSchema } from '../settings/settingsSchema';

/** One KPI row of a scorecard (kpi-spec §6): its value, target, score and the weight it carried. */
export const scorecardKpiSchema = z.object({
  id: z.string(),
  status: z.enum(['ok', 'not_configured', 'insufficient_data', 'not_applicable']),
  /** In the KPI's unit; null when nothing was measured (it is kept when only a target to score it is missing). */
  actual: z.number().nullable(),
  /** The target for this period (per-month counts scaled to the period). */
  target: z.number().nullable(),
  /** null: dropped out of the total. */
  score: z.number().nullable(),
  /** Weight applied after re-spreading, exact (not rounded; summing to 100); 0 for dropped KPIs. */
  weight: z.number(),
  /** The role template's weight, before re-spreading. */
  configuredWeight: z.number(),
  /** false: some records this KPI reads could not be read and were left out (dataIssues). */
  complete: z.boolean(),
  dataIssues: z.array(dataProblemSchema),
  /** stage_conversion: the pair behind the index (worst rate ÷ its threshold); null otherwise. */
  worstPair: z.object({ fromLabel: z.string(), toLabel: z.string(), rate: z.number(), threshold: z.number() }).nullable(),
  /** forecast_accuracy: the frozen forecast beside the actual; null otherwise. */
  forecast: forecastBasisSchema.nullable(),
  /** Attainment KPIs of a running period: actual against the target prorated to the elapsed share; null otherwise. */
  pace: z.number().nullable(),
  /** Why the KPI has no value or no score; null when it was scored. */
  reason: z.string().nullable(),
});
export type ScorecardKpi = z.infer<typeof scorecardKpiSchema>;

export const scorecardHistoryEntrySchema = z.object({
  period: z.string(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** The total rests on KPIs with data problems. */
  provisional: z.boolean(),
});

export const scorecardFlagSchema = z.enum(['promotion_candidate', 'improvement_plan']);

/** An owner's scorecard for one period, as the CLI prints it and the handlers return it. */
export const scorecardResultSchema = z.object({
  owner: z.string(),
  role: roleSchema,
  period: z.string(),
  kpis: z.array(scorecardKpiSchema),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** How much of the period had passed at evaluation time, 0–1 (1: ended): a running period is "to date". */
  elapsedShare: z.number(),
  /** The previous periods, oldest first. */
  history: z.array(scorecardHistoryEntrySchema),
  flags: z.array(scorecardFlagSchema),
  /** false: some KPI left records out (see dataIssues). */
  complete: z.boolean(),
  /** The total rests on weighted KPIs with data problems: shown with them named, and no flag is raised on it. */
  provisional: z.boolean(),
  /** Flags the grades would raise, held back because a total in the run is provisional. */
  withheldFlags: z.array(scorecardFlagSchema),
  /** Every record left out of a KPI of this period, once per record and field. */
  dataIssues: z.array(dataProblemSchema),
  /** false: the owner is not a seller (no team, no deals, not a manager or director): no scorecard. */
  eligible: z.boolean(),
});
export type ScorecardResult = z.infer<typeof scorecardResultSchema>;
