import { z } from 'zod';
import type { SyncCursor } from '../store/mirrorStore';

/**
 * The mirror's state as `GET /healthz` and the terminal show it. `backfilling` until the first
 * backfill has finished (the portal-wide views wait for it); `error` when the last run failed
 * (the mirror keeps serving what it has, with its `lastSyncAt`).
 */
export const syncStatusSchema = z.object({
  state: z.enum(['backfilling', 'ready', 'error']),
  deals: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  cursor: z.object({
    phase: z.enum(['backfill', 'incremental']),
    backfillAfterId: z.string().nullable(),
    modifiedThrough: z.string().nullable(),
  }),
  /** Share of the backfill done, 0–1 (1 once it has finished). */
  progress: z.number().min(0).max(1),
  error: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function syncStatusOf(cursor: SyncCursor, deals: number, error: string | null): SyncStatus {
  const backfilled = cursor.lastSyncAt !== null;
  const total = cursor.backfillTotal;
  // 100% only once the run that finished the backfill has also read meetings and settled.
  const paged = cursor.phase === 'incremental' ? 1 : total === null || total === 0 ? 0 : deals / total;
  const share = backfilled && cursor.phase === 'incremental' ? 1 : Math.min(0.99, paged);
  return {
    state: error !== null ? 'error' : backfilled ? 'ready' : 'backfilling',
    deals,
    lastSyncAt: iso(cursor.lastSyncAt),
    cursor: { phase: cursor.phase, backfillAfterId: cursor.backfillAfterId, modifiedThrough: iso(cursor.modifiedThrough) },
    progress: Math.round(share * 1000) / 1000,
    error,
  };
}
