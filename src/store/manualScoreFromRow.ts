import type { ManualScore } from '../domain/portal';
import { CorruptRecordError } from './corruptRecordError';
import { manualScoreSchema } from './manualScoreStore';
import { firstIssue } from './storeInputs';

/** No source is stored as '' so that (portal, owner, period, key, source) can be the primary key. */
export const NO_SOURCE = '';

/** A manual_scores row (the same columns in SQLite and PostgreSQL) checked back into a score. */
export function manualScoreFromRow(row: unknown): ManualScore {
  const r = row as Record<string, unknown>;
  const parsed = manualScoreSchema.safeParse({
    ownerId: r.owner_id,
    key: r.key,
    period: r.period,
    score: r.score,
    source: r.source === NO_SOURCE ? undefined : r.source,
  });
  if (!parsed.success) throw new CorruptRecordError('a manual score row', firstIssue(parsed.error));
  return withoutEmptySource(parsed.data);
}

/** `source: undefined` and no source are the same score; return the shape without the key. */
export function withoutEmptySource(s: ManualScore): ManualScore {
  const { source, ...rest } = s;
  return source === undefined ? rest : { ...rest, source };
}
