import { z } from 'zod';
import type { Result } from '../domain/result';
import { idSchema, periodLabelSchema, portalIdSchema } from './storeInputs';
import type { InvalidInputError } from './storeErrors';

/**
 * The alert ledger (kpi-spec §5, threshold alerts): which funnel alerts are open and which
 * HubSpot task each one produced, so re-running the funnel check updates the same alert
 * instead of assigning the manager a second task for it. One entry per portal, period,
 * pipeline, stage pair and group (a team or an owner: alerts are computed for both).
 */
export const alertKeySchema = z.object({
  portalId: portalIdSchema,
  period: periodLabelSchema,
  pipelineId: idSchema,
  fromStageId: idSchema,
  toStageId: idSchema,
  groupType: z.enum(['team', 'owner']),
  groupId: idSchema,
});
export type AlertKey = z.infer<typeof alertKeySchema>;
export type AlertKeyInput = z.input<typeof alertKeySchema>;

export const alertSeveritySchema = z.enum(['info', 'warning', 'critical']);

export const alertEntrySchema = alertKeySchema.extend({
  /** The HubSpot task raised for the alert; null until one is created. */
  taskId: z.string().min(1).nullable(),
  severity: alertSeveritySchema,
  /** Conversion rate 0–1; null when the cohort was empty (kpi-spec: unknown is never zero). */
  rate: z.number().min(0).max(1).nullable(),
  n: z.number().int().min(0),
  /** Epoch ms of the latest check that saw the alert. */
  lastSeenAt: z.number().int(),
  /** Epoch ms when the rate recovered; null while the alert is open. */
  resolvedAt: z.number().int().nullable(),
});
export type AlertEntry = z.infer<typeof alertEntrySchema>;
export type AlertEntryInput = z.input<typeof alertEntrySchema>;

export interface AlertLedger {
  get(key: AlertKeyInput): Promise<AlertEntry | null>;
  /** Inserts or replaces the entry for its key; writing the same entry twice leaves one row. */
  upsert(entry: AlertEntryInput): Promise<Result<AlertEntry, InvalidInputError>>;
  /** Entries with no resolvedAt, for one portal and period. */
  listOpen(portalId: number, period: string): Promise<AlertEntry[]>;
}
