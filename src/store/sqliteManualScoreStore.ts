import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { manualScoreFromRow, NO_SOURCE, withoutEmptySource } from './manualScoreFromRow';
import { manualScoreSchema, type ManualScoreFilter, type ManualScoreStore } from './manualScoreStore';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

/** Manual scores in SQLite; setting the same owner, period, key and source replaces the score. */
export function sqliteManualScoreStore(db: Database.Database): ManualScoreStore {
  const upsert = db.prepare(
    `INSERT INTO manual_scores (portal_id, owner_id, period, key, source, score) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (portal_id, owner_id, period, key, source) DO UPDATE SET score = excluded.score`,
  );
  const select = db.prepare(
    `SELECT owner_id, period, key, source, score FROM manual_scores
     WHERE portal_id = @portalId AND (@ownerId IS NULL OR owner_id = @ownerId) AND (@period IS NULL OR period = @period)
       AND (@key IS NULL OR key = @key) AND (@source IS NULL OR source = @source)
     ORDER BY period, owner_id, key, source`,
  );

  return {
    async set(portalId, input) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = manualScoreSchema.safeParse(input);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const s = parsed.data;
      upsert.run(portalId, s.ownerId, s.period, s.key, s.source ?? NO_SOURCE, s.score);
      return ok(withoutEmptySource(s));
    },
    async list(portalId, filter: ManualScoreFilter = {}) {
      let period: string | null = null;
      if (filter.period !== undefined) {
        const parsed = periodLabelSchema.safeParse(filter.period);
        if (!parsed.success) return [];
        period = parsed.data;
      }
      const rows = select.all({ portalId, ownerId: filter.ownerId ?? null, period, key: filter.key ?? null, source: filter.source ?? null });
      return rows.map(manualScoreFromRow);
    },
  };
}
