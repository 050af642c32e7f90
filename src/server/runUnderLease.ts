import type { LeaseStore } from '../store/leaseStore';

export interface LeaseTerms {
  leases: LeaseStore;
  /** The job and portal, e.g. "alert-scan:123456". */
  name: string;
  /** This backend process (backendInstanceId). */
  holder: string;
  /** The lease's term; renewed every third of it while the work runs. */
  ttlMs: number;
  /**
   * Keep the lease to the end of its term after the work, so a backend whose timer fires a
   * little later finds it taken and does not run the same job again; false releases it at once.
   */
  keepAfter: boolean;
  /** A renewal was refused: another backend may start the job; this run is told, not stopped. */
  onLost?: (message: string) => void;
}

export type LeasedRun<T> = { ran: true; value: T } | { ran: false; heldBy: string };

/**
 * Runs `work` only when this backend gets the lease, so exactly one of N backends on one store
 * runs it (README "Deployment"); the others are told who holds it. The lease is renewed while
 * the work runs, so a long run keeps it, and a backend that dies stops renewing and hands the
 * job on when the term ends.
 */
export async function runUnderLease<T>(terms: LeaseTerms, work: () => Promise<T>): Promise<LeasedRun<T>> {
  const request = { name: terms.name, holder: terms.holder, ttlMs: terms.ttlMs };
  const got = await terms.leases.acquire(request);
  if (!got.ok) {
    if (got.error.kind === 'held') return { ran: false, heldBy: got.error.holder };
    throw new Error(`cannot take the lease ${terms.name}: ${got.error.message}`);
  }
  const renewal = setInterval(() => {
    terms.leases.renew(request).then(
      (r) => {
        if (!r.ok) terms.onLost?.(r.error.message);
      },
      (error: unknown) => terms.onLost?.((error as Error).message),
    );
  }, Math.max(1, Math.floor(terms.ttlMs / 3)));
  renewal.unref();
  try {
    return { ran: true, value: await work() };
  } finally {
    clearInterval(renewal);
    if (terms.keepAfter) await terms.leases.renew(request).catch(() => undefined);
    else await terms.leases.release(terms.name, terms.holder).catch(() => undefined);
  }
}
