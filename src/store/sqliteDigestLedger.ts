import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { digestEntryFromRow } from './digestEntryFromRow';
import type { DigestKey, DigestLedger } from './digestLedger';
import { digestClaimSchema, digestKeySchema, digestRecordSchema, digestRetakeSchema } from './digestLedger';
import { invalidInput } from './storeErrors';
import { firstIssue } from './storeInputs';

const KEY = 'portal_id = @portalId AND kind = @kind AND owner_id = @ownerId AND team_id = @teamId AND period = @period';

/**
 * The digest ledger in SQLite. Each write settles its race in one statement: a claim inserts
 * only where no entry is (`ON CONFLICT DO NOTHING`), a retake updates only the claim it saw,
 * and a record fills only an unrecorded entry, so the first task recorded wins.
 */
export function sqliteDigestLedger(db: Database.Database): DigestLedger {
  const insertRecord = db.prepare(
    `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at, claimed_at)
     VALUES (@portalId, @kind, @ownerId, @teamId, @period, @taskId, @createdAt, @createdAt)
     ON CONFLICT DO UPDATE SET task_id = excluded.task_id, created_at = excluded.created_at WHERE digest_ledger.task_id IS NULL`,
  );
  const insertClaim = db.prepare(
    `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at, claimed_at, subject)
     VALUES (@portalId, @kind, @ownerId, @teamId, @period, NULL, NULL, @claimedAt, @subject) ON CONFLICT DO NOTHING`,
  );
  const updateClaim = db.prepare(`UPDATE digest_ledger SET claimed_at = @claimedAt, subject = @subject WHERE ${KEY} AND task_id IS NULL AND claimed_at = @fromClaimedAt`);
  const select = db.prepare(`SELECT * FROM digest_ledger WHERE ${KEY}`);
  const read = (key: DigestKey) => {
    const row = select.get({ portalId: key.portalId, kind: key.kind, ownerId: key.ownerId, teamId: key.teamId, period: key.period });
    return row === undefined ? null : digestEntryFromRow(row);
  };
  const inForce = (key: DigestKey) => {
    const entry = read(key);
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
      const won = insertClaim.run(claim.data).changes === 1;
      return ok({ won, entry: inForce(claim.data) });
    },
    async retake(input) {
      const retake = digestRetakeSchema.safeParse(input);
      if (!retake.success) return err(invalidInput(firstIssue(retake.error)));
      const won = updateClaim.run(retake.data).changes === 1;
      return ok({ won, entry: inForce(retake.data) });
    },
    async record(input) {
      const entry = digestRecordSchema.safeParse(input);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      insertRecord.run(entry.data);
      return ok(inForce(entry.data));
    },
  };
}
