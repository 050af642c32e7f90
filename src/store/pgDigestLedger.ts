import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { digestEntryFromRow } from './digestEntryFromRow';
import type { DigestKey, DigestLedger } from './digestLedger';
import { digestClaimSchema, digestKeySchema, digestRecordSchema, digestRetakeSchema } from './digestLedger';
import { invalidInput } from './storeErrors';
import { firstIssue } from './storeInputs';

const KEY = 'portal_id = $1 AND kind = $2 AND owner_id = $3 AND team_id = $4 AND period = $5';
const keyParams = (k: DigestKey) => [k.portalId, k.kind, k.ownerId, k.teamId, k.period];

/**
 * The digest ledger in PostgreSQL, as in SQLite: each write settles its race in one statement
 * (a claim inserts only where no entry is, a retake updates only the claim it saw, a record
 * fills only an unrecorded entry), so two backends at once keep one entry and both learn which.
 */
export function pgDigestLedger(pool: Pool): DigestLedger {
  const read = async (key: DigestKey) => {
    const r = await pool.query(`SELECT * FROM digest_ledger WHERE ${KEY}`, keyParams(key));
    return r.rows[0] === undefined ? null : digestEntryFromRow(r.rows[0]);
  };
  const inForce = async (key: DigestKey) => {
    const entry = await read(key);
    if (entry === null) throw new Error(`the digest entry for ${key.ownerId} ${key.period} vanished after being written`);
    return entry;
  };
  return {
    async get(input) {
      const key = digestKeySchema.safeParse(input);
      return key.success ? read(key.data) : null;
    },
    async claim(input) {
      const claim = digestClaimSchema.safeParse(input);
      if (!claim.success) return err(invalidInput(firstIssue(claim.error)));
      const r = await pool.query(
        `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at, claimed_at, subject) VALUES ($1, $2, $3, $4, $5, NULL, NULL, $6, $7) ON CONFLICT DO NOTHING`,
        [...keyParams(claim.data), claim.data.claimedAt, claim.data.subject],
      );
      return ok({ won: r.rowCount === 1, entry: await inForce(claim.data) });
    },
    async retake(input) {
      const retake = digestRetakeSchema.safeParse(input);
      if (!retake.success) return err(invalidInput(firstIssue(retake.error)));
      const r = await pool.query(`UPDATE digest_ledger SET claimed_at = $6, subject = $8 WHERE ${KEY} AND task_id IS NULL AND claimed_at = $7`, [
        ...keyParams(retake.data), retake.data.claimedAt, retake.data.fromClaimedAt, retake.data.subject,
      ]);
      return ok({ won: r.rowCount === 1, entry: await inForce(retake.data) });
    },
    async record(input) {
      const entry = digestRecordSchema.safeParse(input);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      const e = entry.data;
      await pool.query(
        `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at, claimed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (portal_id, kind, owner_id, team_id, period) DO UPDATE SET task_id = excluded.task_id, created_at = excluded.created_at WHERE digest_ledger.task_id IS NULL`,
        [...keyParams(e), e.taskId, e.createdAt],
      );
      return ok(await inForce(e));
    },
  };
}
