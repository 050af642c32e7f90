import { z } from 'zod';

/**
 * Where the forecast forecast_accuracy compares with comes from (docs/kpis.md "Forecast
 * accuracy"), as the admin picks it in settings: the forecasts reps submit in HubSpot's forecast
 * tool, the weighted pipeline with close date in the period, or a mapped deal property that
 * holds each deal's forecast. `entered`: typed in by an admin, whatever the setting.
 */
export const FORECAST_SOURCES = ['hubspot_forecasts', 'weighted_pipeline', 'mapped_property'] as const;
export const forecastSourceSchema = z.enum(FORECAST_SOURCES);
export type ForecastSource = z.infer<typeof forecastSourceSchema>;

export const frozenForecastSourceSchema = z.enum([...FORECAST_SOURCES, 'entered']);
export type FrozenForecastSource = z.infer<typeof frozenForecastSourceSchema>;

/** Whose forecast: an owner's, a team's, or the department's (the whole portal), as KpiSubject names them. */
export const forecastSubjectKindSchema = z.enum(['owner', 'team', 'portal']);
export type ForecastSubjectKind = z.infer<typeof forecastSubjectKindSchema>;

/** The subject id of the department's forecast: the portal has one, so its id is fixed. */
export const PORTAL_SUBJECT_ID = 'portal';

/**
 * A forecast frozen for one subject and period (kpi-spec §4): accuracy compares the actual
 * with what was forecast when the period began, so it is kept with when and how it was taken.
 */
export const frozenForecastSchema = z.object({
  subjectKind: forecastSubjectKindSchema,
  subjectId: z.string().trim().min(1),
  /** Canonical period label (2026-Q3, 2026-07, 2026). */
  period: z.string().min(4),
  amount: z.number().finite().min(0),
  /** Epoch ms the forecast was taken (a HubSpot submission: when it was submitted). */
  frozenAt: z.number().int(),
  source: frozenForecastSourceSchema,
});
export type FrozenForecast = z.infer<typeof frozenForecastSchema>;

/**
 * The forecast forecast_accuracy compared with: its amount and the frozen rows it sums; no
 * rows when it is the mapped per-deal property, which holds the forecast at period start by
 * definition. Cards show it beside the actual with when and how it was taken.
 */
export const forecastBasisSchema = z.object({ amount: z.number(), frozen: z.array(frozenForecastSchema) });
export type ForecastBasis = z.infer<typeof forecastBasisSchema>;
