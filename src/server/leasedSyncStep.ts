import type { LeaseStore } from '../store/leaseStore';
import type { PortalSync } from '../sync/portalSync';
import type { SyncStatus } from '../sync/syncStatus';
import { runUnderLease } from './runUnderLease';

export interface SyncLeaseTerms {
  leases: LeaseStore;
  portalId: number;
  /** This backend process (backendInstanceId). */
  holder: string;
  /** Longer than the interval between runs, so the holder keeps the sync from one run to the next. */
  ttlMs: number;
  onLost?: (message: string) => void;
}

/**
 * One step of the sync loop for N backends on one store (README "Deployment"): the backend
 * holding the `sync:<portal>` lease runs the sync, renewing the lease while it runs; the others
 * follow what it stores. A holder that dies stops renewing, and within one term another takes
 * the sync over from the stored cursor.
 */
export function leasedSyncStep(terms: SyncLeaseTerms, sync: PortalSync): () => Promise<SyncStatus> {
  return async () => {
    const lease = { leases: terms.leases, name: `sync:${terms.portalId}`, holder: terms.holder, ttlMs: terms.ttlMs, keepAfter: true, onLost: terms.onLost };
    const run = await runUnderLease(lease, () => sync.runOnce());
    return run.ran ? run.value : sync.follow();
  };
}
