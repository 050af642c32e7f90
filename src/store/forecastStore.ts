import { z } from 'zod';
import type { Result } from '../domain/result';
import { idSchema, periodLabelSchema, portalIdSchema } from './storeInputs';
import type { InvalidInputError } from './storeErrors';

/**
 * Forecasts frozen at period start (kpi-spec §4, forecast_accuracy): accuracy compares the
 * actual with what was forecast when the period began, so the first freeze for an owner and
 * period wins and later freezes (a re-run, a second backend) do not move it.
 */
export const frozenForecastSchema = z.object({
  portalId: portalIdSchema,
  ownerId: idSchema,
  period: periodLabelSchema,
  amount: z.number().min(0),
  /** Epoch ms of the freeze. */
  frozenAt: z.number().int(),
});
export type FrozenForecast = z.infer<typeof frozenForecastSchema>;

export interface ForecastStore {
  /** Returns the forecast in force: the new one when this call froze it, else the earlier one. */
  freezeForecast(
    portalId: number,
    ownerId: string,
    period: string,
    amount: number,
    frozenAt: number,
  ): Promise<Result<FrozenForecast, InvalidInputError>>;
  getForecast(portalId: number, ownerId: string, period: string): Promise<FrozenForecast | null>;
}
