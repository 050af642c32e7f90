import type Database from 'better-sqlite3';
import type { ManualScore } from '../domain/portal';
import { manualScoreFromRow, NO_SOURCE, withoutEmptySource } from './manualScoreFromRow';
import { err, ok } from '../domain/result';
import { CorruptRecordError } from './corruptRecordError';
import type { ManualScoreEntry, ManualScoreFilter, ManualScoreStore } from './manualScoreStore';
import { manualScoreSchema, scoreAuthorSchema } from './manualScoreStore';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

const FILTER = `portal_id = @portalId AND (@ownerId IS NULL OR owner_id = @ownerId) AND (@period IS NULL OR period = @period)
  AND (@key IS NULL OR key = @key) AND (@source IS NULL OR source = @source)`;

/**
 * Manual scores in SQLite: `manual_scores` holds the score in force, `manual_score_entries`
 * every entry with who and when, so a correction is one more revision and never a silent
 * overwrite. Both change in one transaction.
 */
export function sqliteManualScoreStore(db: Database.Database, now: () => number): ManualScoreStore {
  const upsert = db.prepare(
    `INSERT INTO manual_scores (portal_id, owner_id, period, key, source, score) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (portal_id, owner_id, period, key, source) DO UPDATE SET score = excluded.score`,
  );
  const latest = db.prepare(
    `SELECT * FROM manual_score_entries WHERE portal_id = ? AND owner_id = ? AND period = ? AND key = ? AND source = ?
     ORDER BY revision DESC LIMIT 1`,
  );
  const insert = db.prepare(
    `INSERT INTO manual_score_entries (portal_id, owner_id, period, key, source, revision, score, entered_by, entered_by_user_id, entered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(`SELECT owner_id, period, key, source, score FROM manual_scores WHERE ${FILTER} ORDER BY period, owner_id, key, source`);
  const selectHistory = db.prepare(`SELECT * FROM manual_score_entries WHERE ${FILTER} ORDER BY period, owner_id, key, source, revision`);

  const record = db.transaction((portalId: number, s: ManualScore, name: string, userId: number | null, at: number) => {
    const source = s.source ?? NO_SOURCE;
    const before = latest.get(portalId, s.ownerId, s.period, s.key, source);
    const replaced = before === undefined ? null : manualScoreEntryFromRow(before);
    const revision = (replaced?.revision ?? 0) + 1;
    insert.run(portalId, s.ownerId, s.period, s.key, source, revision, s.score, name, userId, at);
    upsert.run(portalId, s.ownerId, s.period, s.key, source, s.score);
    return { entry: { ...withoutEmptySource(s), revision, enteredBy: { name, userId }, enteredAt: at }, replaced };
  });

  const params = (portalId: number, filter: ManualScoreFilter) => {
    const period = filter.period === undefined ? null : periodLabelSchema.safeParse(filter.period);
    if (period !== null && !period.success) return null;
    return { portalId, ownerId: filter.ownerId ?? null, period: period?.data ?? null, key: filter.key ?? null, source: filter.source ?? null };
  };

  return {
    async set(portalId, input, author) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = manualScoreSchema.safeParse(input);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const by = scoreAuthorSchema.safeParse(author);
      if (!by.success) return err(invalidInput(firstIssue(by.error)));
      return ok(record.immediate(portalId, parsed.data, by.data.name, by.data.userId, now()));
    },
    async list(portalId, filter = {}) {
      const p = params(portalId, filter);
      return p === null ? [] : select.all(p).map(manualScoreFromRow);
    },
    async history(portalId, filter = {}) {
      const p = params(portalId, filter);
      return p === null ? [] : selectHistory.all(p).map(manualScoreEntryFromRow);
    },
  };
}

/** A manual_score_entries row (the same columns in SQLite and PostgreSQL) checked back into an entry. */
export function manualScoreEntryFromRow(row: unknown): ManualScoreEntry {
  const r = row as Record<string, unknown>;
  const score = manualScoreFromRow(row);
  const revision = r.revision;
  const at = r.entered_at;
  const author = scoreAuthorSchema.safeParse({ name: r.entered_by, userId: r.entered_by_user_id ?? null });
  if (typeof revision !== 'number' || !author.success || (at !== null && typeof at !== 'number')) {
    throw new CorruptRecordError('a manual score entry', `revision ${String(revision)} by ${String(r.entered_by)} at ${String(at)}`);
  }
  return { ...score, revision, enteredBy: author.data, enteredAt: at };
}
