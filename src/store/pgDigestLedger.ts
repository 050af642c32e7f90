import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { digestEntryFromRow } from './digestEntryFromRow';
import type { DigestKey, DigestLedger } from './digestLedger';
import { digestEntrySchema, digestKeySchema } from './digestLedger';
import { invalidInput } from './storeErrors';
import { firstIssue } from './storeInputs';

/**
 * The digest ledger in PostgreSQL. `ON CONFLICT DO NOTHING` makes "the first task recorded wins"
 * a property of the write, so two backends recording at once keep one entry and both learn which.
 */
export function pgDigestLedger(pool: Pool): DigestLedger {
  const read = async (key: DigestKey) => {
    const r = await pool.query('SELECT * FROM digest_ledger WHERE portal_id = $1 AND kind = $2 AND owner_id = $3 AND team_id = $4 AND period = $5', [key.portalId, key.kind, key.ownerId, key.teamId, key.period]);
    return r.rows[0] === undefined ? null : digestEntryFromRow(r.rows[0]);
  };
  return {
    async get(input) {
      const key = digestKeySchema.safeParse(input);
      return key.success ? read(key.data) : null;
    },
    async record(input) {
      const entry = digestEntrySchema.safeParse(input);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      const e = entry.data;
      await pool.query(
        `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [e.portalId, e.kind, e.ownerId, e.teamId, e.period, e.taskId, e.createdAt],
      );
      const inForce = await read(e);
      if (inForce === null) throw new Error(`the digest entry for ${e.ownerId} ${e.period} vanished after being recorded`);
      return ok(inForce);
    },
  };
}
