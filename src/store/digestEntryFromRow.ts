import type { DigestEntry } from './digestLedger';
import { digestEntrySchema } from './digestLedger';
import { CorruptRecordError } from './corruptRecordError';
import { firstIssue } from './storeInputs';

const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A digest_ledger row (the same columns in SQLite and PostgreSQL, whose bigints arrive as strings) checked back into an entry. */
export function digestEntryFromRow(row: unknown): DigestEntry {
  const r = row as Record<string, unknown>;
  const parsed = digestEntrySchema.safeParse({
    portalId: Number(r.portal_id), kind: r.kind, ownerId: r.owner_id, teamId: r.team_id, period: r.period,
    taskId: r.task_id ?? null, createdAt: numberOrNull(r.created_at), claimedAt: Number(r.claimed_at), subject: r.subject ?? null,
  });
  if (!parsed.success) throw new CorruptRecordError('a digest ledger row', firstIssue(parsed.error));
  return parsed.data;
}
