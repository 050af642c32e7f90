import type { Pool } from 'pg';
import { err, ok } from '../domain/result';
import { alertEntryFromRow } from './alertEntryFromRow';
import { alertEntrySchema, alertKeySchema, type AlertLedger } from './alertLedger';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema } from './storeInputs';

const KEY_COLUMNS = 'portal_id, period, pipeline_id, from_stage_id, to_stage_id, group_type, group_id';
const SELECT = `SELECT ${KEY_COLUMNS}, task_id, severity, rate, n, last_seen_at, resolved_at FROM alert_ledger`;

/**
 * The alert ledger in PostgreSQL: one row per alert key; `upsert` is one INSERT ... ON CONFLICT
 * statement, so five checks writing the same alert at once leave one row, the last one written.
 * Ordered by the key columns in C collation, the byte order SQLite's ledger lists in.
 */
export function pgAlertLedger(pool: Pool): AlertLedger {
  return {
    async get(keyInput) {
      const key = alertKeySchema.safeParse(keyInput);
      if (!key.success) return null;
      const k = key.data;
      const r = await pool.query(
        `${SELECT} WHERE portal_id = $1 AND period = $2 AND pipeline_id = $3 AND from_stage_id = $4 AND to_stage_id = $5 AND group_type = $6 AND group_id = $7`,
        [k.portalId, k.period, k.pipelineId, k.fromStageId, k.toStageId, k.groupType, k.groupId],
      );
      return r.rows[0] === undefined ? null : alertEntryFromRow(r.rows[0]);
    },
    async upsert(entryInput) {
      const entry = alertEntrySchema.safeParse(entryInput);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      const e = entry.data;
      await pool.query(
        `INSERT INTO alert_ledger (${KEY_COLUMNS}, task_id, severity, rate, n, last_seen_at, resolved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET task_id = excluded.task_id, severity = excluded.severity, rate = excluded.rate,
           n = excluded.n, last_seen_at = excluded.last_seen_at, resolved_at = excluded.resolved_at`,
        [e.portalId, e.period, e.pipelineId, e.fromStageId, e.toStageId, e.groupType, e.groupId, e.taskId, e.severity, e.rate, e.n, e.lastSeenAt, e.resolvedAt],
      );
      return ok(e);
    },
    async listOpen(portalId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      if (!period.success) return [];
      const r = await pool.query(
        `${SELECT} WHERE portal_id = $1 AND period = $2 AND resolved_at IS NULL
         ORDER BY pipeline_id COLLATE "C", from_stage_id COLLATE "C", to_stage_id COLLATE "C", group_type COLLATE "C", group_id COLLATE "C"`,
        [portalId, period.data],
      );
      return r.rows.map(alertEntryFromRow);
    },
  };
}
