import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { FORECAST_COLUMNS, forecastFromRow } from './forecastFromRow';
import { freezeInputSchema, type ForecastStore } from './forecastStore';
import { invalidInput } from './storeErrors';
import { firstIssue, portalIdSchema } from './storeInputs';

/**
 * Frozen forecasts in PostgreSQL. `INSERT ... ON CONFLICT DO NOTHING` makes "first freeze wins"
 * a property of the write itself, so two backends freezing at once cannot both succeed.
 */
export function pgForecastStore(pool: Pool): ForecastStore {
  return {
    async freezeForecast(portalId, forecast) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = freezeInputSchema.safeParse(forecast);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const f = parsed.data;
      await pool.query(
        `INSERT INTO frozen_forecasts (portal_id, subject_kind, subject_id, period, amount, frozen_at, source) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (portal_id, subject_kind, subject_id, period) DO NOTHING`,
        [portalId, f.subjectKind, f.subjectId, f.period, f.amount, f.frozenAt, f.source],
      );
      const r = await pool.query(`SELECT ${FORECAST_COLUMNS} FROM frozen_forecasts WHERE portal_id = $1 AND subject_kind = $2 AND subject_id = $3 AND period = $4`, [
        portalId,
        f.subjectKind,
        f.subjectId,
        f.period,
      ]);
      if (r.rows[0] === undefined) throw new Error(`the forecast of ${f.subjectKind} ${f.subjectId} for ${f.period} vanished after being frozen`);
      return ok(forecastFromRow(r.rows[0]));
    },
    async list(portalId) {
      const r = await pool.query(`SELECT ${FORECAST_COLUMNS} FROM frozen_forecasts WHERE portal_id = $1 ORDER BY period, subject_kind, subject_id`, [portalId]);
      return r.rows.map(forecastFromRow);
    },
  };
}
