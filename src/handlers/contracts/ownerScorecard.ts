import { z } from 'zod';
import { dataProblemSchema } from '../../domain/dataProblem';
import { forecastBasisSchema } from '../../domain/frozenForecast';
import { scorecardFlagSchema } from '../../scorecard/scorecardResult';
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
  /** Weight applied after re-spreading, exact; 0 for KPIs that dropped out. */
  weight: z.number(),
  /** The role template's weight ("15 → 21.4" on the card). */
  configuredWeight: z.number(),
  /** stage_conversion: the pair behind the index (worst rate ÷ its threshold); null otherwise. */
  worstPair: z.object({ fromLabel: z.string(), toLabel: z.string(), rate: z.number(), threshold: z.number() }).nullable(),
  /** forecast_accuracy: the frozen forecast beside the actual (amount, and when and how each part was taken); null otherwise. */
  forecast: forecastBasisSchema.nullable(),
  /** Attainment KPIs of a running period: actual against the target prorated to the elapsed share; null otherwise. */
  pace: z.number().nullable(),
  reason: z.string().nullable(),
  /** false: records this KPI reads could not be read and were left out (dataIssues). */
  complete: z.boolean(),
  dataIssues: z.array(dataProblemSchema),
});

/**
 * The saved settings version the scores come from. Every period is scored with the settings in
 * force now, so a save after a period ended rescores it: `afterPeriodEnded` (the period shown)
 * and `afterEarlierPeriods` (some period of the trend) let the card say so.
 */
export const scoredWithSchema = z.object({
  version: z.number().int().min(0),
  savedAt: z.iso.datetime({ offset: true }),
  /** The person who saved it (savedByName); null when the version does not say. */
  savedBy: z.string().nullable(),
  afterPeriodEnded: z.boolean(),
  afterEarlierPeriods: z.boolean(),
});
export type ScoredWithDto = z.infer<typeof scoredWithSchema>;

export const ownerScorecardOutputSchema = z.object({
  currency: z.string(),
  dataAsOf: dataAsOfSchema,
  owner: z.object({ id: z.string(), name: z.string() }),
  role: z.enum(['rep', 'manager', 'director']),
  period: z.string(),
  kpis: z.array(scorecardKpiRowSchema),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** How much of the period had passed, 0–1 (1: ended). */
  elapsedShare: z.number(),
  /** The previous periods, oldest first, for the trend chart. */
  history: z.array(z.object({ period: z.string(), total: z.number().nullable(), grade: z.string().nullable(), provisional: z.boolean() })),
  flags: z.array(scorecardFlagSchema),
  /** false: some KPI left unreadable records out. */
  complete: z.boolean(),
  /** The total rests on KPIs with data problems: no flag is raised on it. */
  provisional: z.boolean(),
  /** Flags held back because the total (or one in the run) is provisional. */
  withheldFlags: z.array(scorecardFlagSchema),
  /** Every record left out, for the card's list with links. */
  dataIssues: z.array(dataProblemSchema),
  /** false: not a seller, manager or director: the card says "no scorecard" and how to assign a role. */
  eligible: z.boolean(),
  /** Periods the picker offers. */
  periods: z.array(z.string()),
  /** Set when the settings in force are an older version than the latest (see settingsFallbackSchema). */
  settingsFallback: settingsFallbackSchema.nullable().default(null),
  /** null: no settings were ever saved, the defaults are in force. */
  scoredWith: scoredWithSchema.nullable().default(null),
});
export type OwnerScorecardOutput = z.infer<typeof ownerScorecardOutputSchema>;
