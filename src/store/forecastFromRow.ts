import { CorruptRecordError } from './corruptRecordError';
import type { FrozenForecast } from '../domain/frozenForecast';
import { frozenForecastSchema } from '../domain/frozenForecast';
import { firstIssue } from './storeInputs';

/** The columns both stores select, in this order. */
export const FORECAST_COLUMNS = 'subject_kind, subject_id, period, amount, frozen_at, source';

/** A frozen_forecasts row (the same columns in SQLite and PostgreSQL) checked back into a forecast. */
export function forecastFromRow(row: unknown): FrozenForecast {
  const r = row as Record<string, unknown>;
  const parsed = frozenForecastSchema.safeParse({
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    period: r.period,
    amount: r.amount,
    frozenAt: r.frozen_at,
    source: r.source,
  });
  if (!parsed.success) throw new CorruptRecordError('a frozen forecast row', firstIssue(parsed.error));
  return parsed.data;
}
