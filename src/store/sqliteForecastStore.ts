import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { forecastFromRow } from './forecastFromRow';
import { frozenForecastSchema, type ForecastStore, type FrozenForecast } from './forecastStore';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema } from './storeInputs';

/**
 * Frozen forecasts in SQLite. `INSERT ... ON CONFLICT DO NOTHING` makes "first freeze wins"
 * a property of the write itself, so two backends freezing at once cannot both succeed.
 */
export function sqliteForecastStore(db: Database.Database): ForecastStore {
  const insert = db.prepare(
    `INSERT INTO frozen_forecasts (portal_id, owner_id, period, amount, frozen_at) VALUES (@portalId, @ownerId, @period, @amount, @frozenAt)
     ON CONFLICT (portal_id, owner_id, period) DO NOTHING`,
  );
  const select = db.prepare('SELECT portal_id, owner_id, period, amount, frozen_at FROM frozen_forecasts WHERE portal_id = ? AND owner_id = ? AND period = ?');
  const get = (portalId: number, ownerId: string, period: string): FrozenForecast | null => {
    const row = select.get(portalId, ownerId, period);
    return row === undefined ? null : forecastFromRow(row);
  };

  return {
    async freezeForecast(portalId, ownerId, period, amount, frozenAt) {
      const parsed = frozenForecastSchema.safeParse({ portalId, ownerId, period, amount, frozenAt });
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      insert.run(parsed.data);
      const inForce = get(parsed.data.portalId, parsed.data.ownerId, parsed.data.period);
      if (inForce === null) throw new Error(`the forecast of owner ${ownerId} for ${period} vanished after being frozen`);
      return ok(inForce);
    },
    async getForecast(portalId, ownerId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      return period.success ? get(portalId, ownerId, period.data) : null;
    },
  };
}
