import type Database from 'better-sqlite3';
import { err, ok } from '../domain/result';
import { alertEntryFromRow } from './alertEntryFromRow';
import { alertEntrySchema, alertKeySchema, type AlertKey, type AlertLedger } from './alertLedger';
import { invalidInput } from './storeErrors';
import { firstIssue, periodLabelSchema } from './storeInputs';

const KEY_COLUMNS = 'portal_id, period, pipeline_id, from_stage_id, to_stage_id, group_type, group_id';
const KEY_MATCH = KEY_COLUMNS.split(', ')
  .map((c) => `${c} = ?`)
  .join(' AND ');
const SELECT = `SELECT ${KEY_COLUMNS}, task_id, severity, rate, n, last_seen_at, resolved_at FROM alert_ledger`;

/** The alert ledger in SQLite: one row per alert key; `upsert` replaces the row, so repeating it is harmless. */
export function sqliteAlertLedger(db: Database.Database): AlertLedger {
  const selectOne = db.prepare(`${SELECT} WHERE ${KEY_MATCH}`);
  const selectOpen = db.prepare(`${SELECT} WHERE portal_id = ? AND period = ? AND resolved_at IS NULL ORDER BY pipeline_id, from_stage_id, to_stage_id, group_type, group_id`);
  const upsert = db.prepare(
    `INSERT INTO alert_ledger (${KEY_COLUMNS}, task_id, severity, rate, n, last_seen_at, resolved_at)
     VALUES (@portalId, @period, @pipelineId, @fromStageId, @toStageId, @groupType, @groupId, @taskId, @severity, @rate, @n, @lastSeenAt, @resolvedAt)
     ON CONFLICT (${KEY_COLUMNS}) DO UPDATE SET task_id = excluded.task_id, severity = excluded.severity, rate = excluded.rate,
       n = excluded.n, last_seen_at = excluded.last_seen_at, resolved_at = excluded.resolved_at`,
  );

  return {
    async get(keyInput) {
      const key = alertKeySchema.safeParse(keyInput);
      if (!key.success) return null;
      const row = selectOne.get(...keyValues(key.data));
      return row === undefined ? null : alertEntryFromRow(row);
    },
    async upsert(entryInput) {
      const entry = alertEntrySchema.safeParse(entryInput);
      if (!entry.success) return err(invalidInput(firstIssue(entry.error)));
      upsert.run(entry.data);
      return ok(entry.data);
    },
    async listOpen(portalId, periodLabel) {
      const period = periodLabelSchema.safeParse(periodLabel);
      if (!period.success) return [];
      return selectOpen.all(portalId, period.data).map(alertEntryFromRow);
    },
  };
}

function keyValues(k: AlertKey): [number, string, string, string, string, string, string] {
  return [k.portalId, k.period, k.pipelineId, k.fromStageId, k.toStageId, k.groupType, k.groupId];
}
