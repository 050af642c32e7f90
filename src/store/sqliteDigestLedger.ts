import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { digestEntryFromRow } from './digestEntryFromRow';
import type { DigestKey, DigestLedger } from './digestLedger';
import { digestEntrySchema, digestKeySchema } from './digestLedger';
import { invalidInput } from './storeErrors';
import { firstIssue } from './storeInputs';

/**
 * The digest ledger in SQLite. `ON CONFLICT DO NOTHING` makes "the first task recorded wins" a
 * property of the write, so two runs recording at once keep one entry and both learn which.
 */
export function sqliteDigestLedger(db: Database.Database): DigestLedger {
  const insert = db.prepare(
    `INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at)
     VALUES (@portalId, @kind, @ownerId, @teamId, @period, @taskId, @createdAt) ON CONFLICT DO NOTHING`,
  );
  const select = db.prepare('SELECT * FROM digest_ledger WHERE portal_id = @portalId AND kind = @kind AND owner_id = @ownerId AND team_id = @teamId AND period = @period');
  const read = (key: DigestKey) => {
    const row = select.get({ portalId: key.portalId, kind: key.kind, ownerId: key.ownerId, teamId: key.teamId, period: key.period });
    return row === undefined ? null : digestEntryFromRow(row);
  };
  return {
    async get(input) {
      const key = digestKeySchema.safeParse(input);
      return key.success ? read(key.data) : null;
    },
    async record(input) {
      const entry = digestEntrySchema.safeParse(input);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      insert.run(entry.data);
      const inForce = read(entry.data);
      if (inForce === null) throw new Error(`the digest entry for ${entry.data.ownerId} ${entry.data.period} vanished after being recorded`);
      return ok(inForce);
    },
  };
}
