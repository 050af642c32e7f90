import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { NO_SOURCE, withoutEmptySource } from './manualScoreFromRow';
import { manualScoreFromRow } from './manualScoreFromRow';
import type { ManualScoreFilter, ManualScoreStore } from './manualScoreStore';
import { manualScoreSchema, scoreAuthorSchema } from './manualScoreStore';
import { inTransaction, LOCK_SPACE } from './pgPool';
import { manualScoreEntryFromRow } from './sqliteManualScoreStore';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

const FILTER = `portal_id = $1 AND ($2::text IS NULL OR owner_id = $2) AND ($3::text IS NULL OR period = $3)
  AND ($4::text IS NULL OR key = $4) AND ($5::text IS NULL OR source = $5)`;
const ORDER = 'period COLLATE "C", owner_id COLLATE "C", key COLLATE "C", source COLLATE "C"';

/** PostgreSQL returns bigint columns as strings; the entry reader expects numbers. */
const entryRow = (row: Record<string, unknown>) => ({
  ...row,
  entered_by_user_id: row.entered_by_user_id === null ? null : Number(row.entered_by_user_id),
  entered_at: row.entered_at === null ? null : Number(row.entered_at),
});

/**
 * Manual scores in PostgreSQL, as in SQLite: `manual_scores` the score in force,
 * `manual_score_entries` every entry with who and when. A write holds the portal's advisory
 * lock for manual scores, so two backends correcting the same score get revisions 2 and 3.
 */
export function pgManualScoreStore(pool: Pool, now: () => number): ManualScoreStore {
  const params = (portalId: number, filter: ManualScoreFilter) => {
    const period = filter.period === undefined ? null : periodLabelSchema.safeParse(filter.period);
    if (period !== null && !period.success) return null;
    return [portalId, filter.ownerId ?? null, period?.data ?? null, filter.key ?? null, filter.source ?? null];
  };
  return {
    async set(portalId, input, author) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = manualScoreSchema.safeParse(input);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const by = scoreAuthorSchema.safeParse(author);
      if (!by.success) return err(invalidInput(firstIssue(by.error)));
      const s = parsed.data;
      const source = s.source ?? NO_SOURCE;
      const at = now();
      const recorded = await inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE.manualScores, portalId % 2 ** 31]);
        const before = await client.query(
          'SELECT * FROM manual_score_entries WHERE portal_id = $1 AND owner_id = $2 AND period = $3 AND key = $4 AND source = $5 ORDER BY revision DESC LIMIT 1',
          [portalId, s.ownerId, s.period, s.key, source],
        );
        const replaced = before.rows[0] === undefined ? null : manualScoreEntryFromRow(entryRow(before.rows[0] as Record<string, unknown>));
        const revision = (replaced?.revision ?? 0) + 1;
        await client.query(
          `INSERT INTO manual_score_entries (portal_id, owner_id, period, key, source, revision, score, entered_by, entered_by_user_id, entered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [portalId, s.ownerId, s.period, s.key, source, revision, s.score, by.data.name, by.data.userId, at],
        );
        await client.query(
          `INSERT INTO manual_scores (portal_id, owner_id, period, key, source, score) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (portal_id, owner_id, period, key, source) DO UPDATE SET score = excluded.score`,
          [portalId, s.ownerId, s.period, s.key, source, s.score],
        );
        return { entry: { ...withoutEmptySource(s), revision, enteredBy: by.data, enteredAt: at }, replaced };
      });
      return ok(recorded);
    },
    async list(portalId, filter: ManualScoreFilter = {}) {
      const p = params(portalId, filter);
      if (p === null) return [];
      const r = await pool.query(`SELECT owner_id, period, key, source, score FROM manual_scores WHERE ${FILTER} ORDER BY ${ORDER}`, p);
      return r.rows.map(manualScoreFromRow);
    },
    async history(portalId, filter: ManualScoreFilter = {}) {
      const p = params(portalId, filter);
      if (p === null) return [];
      const r = await pool.query(`SELECT * FROM manual_score_entries WHERE ${FILTER} ORDER BY ${ORDER}, revision`, p);
      return r.rows.map((row) => manualScoreEntryFromRow(entryRow(row as Record<string, unknown>)));
    },
  };
}
