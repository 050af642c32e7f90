import { z } from 'zod';
import { alertEntrySchema, type AlertEntry } from './alertLedger';
import { alertKeyValue, type AlertRecordProperty } from './alertLedgerObject';
import { CorruptRecordError } from './corruptRecordError';
import { firstIssue } from './storeInputs';

/** HubSpot answers an unset property as null (or leaves it out); both mean "no value". */
const unset = z.union([z.literal(''), z.null(), z.undefined()]).transform(() => null);
const numberText = z.string().trim().min(1).transform(Number).pipe(z.number());
const required = z.string();

/** A record as the read and search endpoints return it, every value a string. */
const alertRecordSchema = z.object({
  id: z.string(),
  properties: z.object({
    portal_id: numberText,
    period: required,
    pipeline_id: required,
    from_stage: required,
    to_stage: required,
    group_type: required,
    group_id: required,
    task_id: z.union([unset, z.string()]),
    severity: required,
    rate: z.union([unset, numberText]),
    n: numberText,
    last_seen_at: numberText,
    resolved_at: z.union([unset, numberText]),
  }),
});

/**
 * The entry as record values. An unknown (null) is written as "", which HubSpot reads as
 * "clear the value": a PATCH that reopens an alert must remove its resolved_at, not keep it.
 */
export function alertRecordProperties(entry: AlertEntry): Record<AlertRecordProperty, string> {
  const orEmpty = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    alert_key: alertKeyValue(entry),
    portal_id: String(entry.portalId),
    period: entry.period,
    pipeline_id: entry.pipelineId,
    from_stage: entry.fromStageId,
    to_stage: entry.toStageId,
    group_type: entry.groupType,
    group_id: entry.groupId,
    task_id: orEmpty(entry.taskId),
    severity: entry.severity,
    rate: orEmpty(entry.rate),
    n: String(entry.n),
    last_seen_at: String(entry.lastSeenAt),
    resolved_at: orEmpty(entry.resolvedAt),
  };
}

/**
 * The entry a record holds; rejects with CorruptRecordError when it no longer reads as one
 * or belongs to another portal (a token mapped to the wrong account must read nothing).
 */
export function alertEntryOfRecord(raw: unknown, portalId: number): AlertEntry {
  const record = alertRecordSchema.safeParse(raw);
  if (!record.success) throw new CorruptRecordError(`an alert ledger record of portal ${portalId}`, firstIssue(record.error));
  const p = record.data.properties;
  const entry = alertEntrySchema.safeParse({
    portalId: p.portal_id,
    period: p.period,
    pipelineId: p.pipeline_id,
    fromStageId: p.from_stage,
    toStageId: p.to_stage,
    groupType: p.group_type,
    groupId: p.group_id,
    taskId: p.task_id,
    severity: p.severity,
    rate: p.rate,
    n: p.n,
    lastSeenAt: p.last_seen_at,
    resolvedAt: p.resolved_at,
  });
  if (!entry.success) throw new CorruptRecordError(`alert ledger record ${record.data.id}`, firstIssue(entry.error));
  if (entry.data.portalId !== portalId) {
    throw new CorruptRecordError(`alert ledger record ${record.data.id}`, `it belongs to portal ${entry.data.portalId}, not ${portalId}`);
  }
  return entry.data;
}
