import { z } from 'zod';
import { forecastSubjectKindSchema, frozenForecastSchema } from '../../domain/frozenForecast';
import { periodLabelSchema, recordIdSchema } from './common';

/**
 * freezeForecasts: the backend's scheduled freeze (and the alert scan, and `kpi alerts scan`)
 * of each owner's, team's and the department's forecast for the running month, quarter and
 * year (kpi-spec §4, docs/kpis.md "Forecast accuracy"). Run by the system runner or an admin.
 */
export const freezeForecastsInputSchema = z.object({});

export const freezeForecastsOutputSchema = z.object({
  /** Forecasts this run froze (the first freeze of their subject and period). */
  frozen: z.number().int().min(0),
  /** Forecasts already frozen earlier, left as they were. */
  alreadyFrozen: z.number().int().min(0),
  /** Subjects left without a forecast, and why. */
  skipped: z.array(z.object({ period: z.string(), subject: z.string(), reason: z.string() })),
});
export type FreezeForecastsOutput = z.infer<typeof freezeForecastsOutputSchema>;

/** enterForecast: an admin types in a forecast frozen at period start (one the schedule did not take). */
export const enterForecastInputSchema = z.object({
  subjectKind: forecastSubjectKindSchema,
  /** Owner or team id; ignored for the department. */
  subjectId: recordIdSchema.optional(),
  period: periodLabelSchema,
  amount: z.number().finite().min(0, 'a forecast cannot be negative'),
});
export type EnterForecastInput = z.infer<typeof enterForecastInputSchema>;

export const enterForecastOutputSchema = z.object({
  /** The forecast in force: the one entered, or the one frozen before it (first freeze wins). */
  forecast: frozenForecastSchema,
  /** false: a forecast was already frozen for the subject and period, so nothing changed. */
  entered: z.boolean(),
});
export type EnterForecastOutput = z.infer<typeof enterForecastOutputSchema>;

/** frozenForecasts: the forecasts kept for the settings page to list. */
export const frozenForecastsInputSchema = z.object({});
export const frozenForecastsOutputSchema = z.object({ forecasts: z.array(frozenForecastSchema) });
export type FrozenForecastsOutput = z.infer<typeof frozenForecastsOutputSchema>;
