import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { forecastFromRow } from './forecastFromRow';
import { frozenForecastSchema, type ForecastStore, type FrozenForecast } from './forecastStore';
import { invalidInput } from './storeErrors';
import { periodLabelSchema, firstIssue } from './storeInputs';

/**
 * Frozen forecasts in PostgreSQL. `INSERT ... ON CONFLICT DO NOTHING` makes "first freeze wins"
 * a property of the write itself, so two backends freezing at once cannot both succeed.
 */
export function pgForecastStore(pool: Pool): ForecastStore {
  const get = async (portalId: number, ownerId: string, period: string): Promise<FrozenForecast | null> => {
    const r = await pool.query('SELECT portal_id, owner_id, period, amount, frozen_at FROM frozen_forecasts WHERE portal_id = $1 AND owner_id = $2 AND period = $3', [
      portalId,
      ownerId,
      period,
    ]);
    return r.rows[0] === undefined ? null : forecastFromRow(r.rows[0]);
  };

  return {
    async freezeForecast(portalId, ownerId, period, amount, frozenAt) {
      const parsed = frozenForecastSchema.safeParse({ portalId, ownerId, period, amount, frozenAt });
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const f = parsed.data;
      await pool.query(
        `INSERT INTO frozen_forecasts (portal_id, owner_id, period, amount, frozen_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (portal_id, owner_id, period) DO NOTHING`,
        [f.portalId, f.ownerId, f.period, f.amount, f.frozenAt],
      );
      const inForce = await get(f.portalId, f.ownerId, f.period);
      if (inForce === null) throw new Error(`the forecast of owner ${ownerId} for ${period} vanished after being frozen`);
      return ok(inForce);
    },
    async getForecast(portalId, ownerId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      return period.success ? get(portalId, ownerId, period.data) : null;
    },
  };
}
