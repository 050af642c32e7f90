import { z } from 'zod';
import { frozenForecastSchema } from '../domain/frozenForecast';
import type { FrozenForecast } from '../domain/frozenForecast';
import type { Result } from '../domain/result';
import { periodLabelSchema, portalIdSchema } from './storeInputs';
import type { InvalidInputError } from './storeErrors';

/** What a store is handed to freeze: the forecast, its period label in any spelling parsePeriod reads. */
export const freezeInputSchema = frozenForecastSchema.extend({ period: periodLabelSchema });

/** A stored forecast row: the portal it belongs to and the forecast. */
export const storedForecastSchema = frozenForecastSchema.extend({ portalId: portalIdSchema });
export type StoredForecast = z.infer<typeof storedForecastSchema>;

/**
 * Forecasts frozen at period start (kpi-spec §4, forecast_accuracy): accuracy compares the
 * actual with what was forecast when the period began, so the first freeze for a subject and
 * period wins and later freezes (a re-run, a second backend, an admin typing one in late) do
 * not move it.
 */
export interface ForecastStore {
  /** Returns the forecast in force: the new one when this call froze it, else the earlier one. */
  freezeForecast(portalId: number, forecast: FrozenForecast): Promise<Result<FrozenForecast, InvalidInputError>>;
  /** Every forecast of the portal (one row per subject and period: a small table). */
  list(portalId: number): Promise<FrozenForecast[]>;
}
