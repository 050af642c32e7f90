import { CorruptRecordError } from './corruptRecordError';
import { frozenForecastSchema, type FrozenForecast } from './forecastStore';
import { firstIssue } from './storeInputs';

/** A frozen_forecasts row (the same columns in SQLite and PostgreSQL) checked back into a forecast. */
export function forecastFromRow(row: unknown): FrozenForecast {
  const r = row as Record<string, unknown>;
  const parsed = frozenForecastSchema.safeParse({ portalId: r.portal_id, ownerId: r.owner_id, period: r.period, amount: r.amount, frozenAt: r.frozen_at });
  if (!parsed.success) throw new CorruptRecordError('a frozen forecast row', firstIssue(parsed.error));
  return parsed.data;
}
