import { alertEntrySchema, type AlertEntry } from './alertLedger';
import { CorruptRecordError } from './corruptRecordError';
import { firstIssue } from './storeInputs';

/** An alert_ledger row (the same columns in SQLite and PostgreSQL) checked back into an entry. */
export function alertEntryFromRow(row: unknown): AlertEntry {
  const r = row as Record<string, unknown>;
  const parsed = alertEntrySchema.safeParse({
    portalId: r.portal_id,
    period: r.period,
    pipelineId: r.pipeline_id,
    fromStageId: r.from_stage_id,
    toStageId: r.to_stage_id,
    groupType: r.group_type,
    groupId: r.group_id,
    taskId: r.task_id,
    severity: r.severity,
    rate: r.rate,
    n: r.n,
    lastSeenAt: r.last_seen_at,
    resolvedAt: r.resolved_at,
  });
  if (!parsed.success) throw new CorruptRecordError('an alert ledger row', firstIssue(parsed.error));
  return parsed.data;
}
