import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { FORECAST_COLUMNS, forecastFromRow } from './forecastFromRow';
import { freezeInputSchema, type ForecastStore } from './forecastStore';
import { invalidInput } from './storeErrors';
import { firstIssue, portalIdSchema } from './storeInputs';

/**
 * Frozen forecasts in SQLite. `INSERT ... ON CONFLICT DO NOTHING` makes "first freeze wins"
 * a property of the write itself, so two backends freezing at once cannot both succeed.
 */
export function sqliteForecastStore(db: Database.Database): ForecastStore {
  const insert = db.prepare(
    `INSERT INTO frozen_forecasts (portal_id, subject_kind, subject_id, period, amount, frozen_at, source)
     VALUES (@portalId, @subjectKind, @subjectId, @period, @amount, @frozenAt, @source)
     ON CONFLICT (portal_id, subject_kind, subject_id, period) DO NOTHING`,
  );
  const select = db.prepare(`SELECT ${FORECAST_COLUMNS} FROM frozen_forecasts WHERE portal_id = ? AND subject_kind = ? AND subject_id = ? AND period = ?`);
  const all = db.prepare(`SELECT ${FORECAST_COLUMNS} FROM frozen_forecasts WHERE portal_id = ? ORDER BY period, subject_kind, subject_id`);

  return {
    async freezeForecast(portalId, forecast) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = freezeInputSchema.safeParse(forecast);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const f = parsed.data;
      insert.run({ portalId, ...f });
      const row = select.get(portalId, f.subjectKind, f.subjectId, f.period);
      if (row === undefined) throw new Error(`the forecast of ${f.subjectKind} ${f.subjectId} for ${f.period} vanished after being frozen`);
      return ok(forecastFromRow(row));
    },
    async list(portalId) {
      return all.all(portalId).map(forecastFromRow);
    },
  };
}
