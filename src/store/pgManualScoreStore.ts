import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { manualScoreFromRow, NO_SOURCE, withoutEmptySource } from './manualScoreFromRow';
import { manualScoreSchema, type ManualScoreFilter, type ManualScoreStore } from './manualScoreStore';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema, portalIdSchema } from './storeInputs';

/** Manual scores in PostgreSQL; setting the same owner, period, key and source replaces the score. */
export function pgManualScoreStore(pool: Pool): ManualScoreStore {
  return {
    async set(portalId, input) {
      if (!portalIdSchema.safeParse(portalId).success) return err(invalidInput(`portal id must be a positive integer, not ${portalId}`));
      const parsed = manualScoreSchema.safeParse(input);
      if (!parsed.success) return err(invalidInput(firstIssue(parsed.error)));
      const s = parsed.data;
      await pool.query(
        `INSERT INTO manual_scores (portal_id, owner_id, period, key, source, score) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (portal_id, owner_id, period, key, source) DO UPDATE SET score = excluded.score`,
        [portalId, s.ownerId, s.period, s.key, s.source ?? NO_SOURCE, s.score],
      );
      return ok(withoutEmptySource(s));
    },
    async list(portalId, filter: ManualScoreFilter = {}) {
      let period: string | null = null;
      if (filter.period !== undefined) {
        const parsed = periodLabelSchema.safeParse(filter.period);
        if (!parsed.success) return [];
        period = parsed.data;
      }
      const r = await pool.query(
        `SELECT owner_id, period, key, source, score FROM manual_scores
         WHERE portal_id = $1 AND ($2::text IS NULL OR owner_id = $2) AND ($3::text IS NULL OR period = $3)
           AND ($4::text IS NULL OR key = $4) AND ($5::text IS NULL OR source = $5)
         ORDER BY period COLLATE "C", owner_id COLLATE "C", key COLLATE "C", source COLLATE "C"`,
        [portalId, filter.ownerId ?? null, period, filter.key ?? null, filter.source ?? null],
      );
      return r.rows.map(manualScoreFromRow);
    },
  };
}
