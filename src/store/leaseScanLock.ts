import type { LeaseStore } from './leaseStore';
import type { ScanLock } from './scanLock';

/** The lease a running scan holds; apart from the scheduled scan's, which only says whose timer ran today. */
export const scanLeaseName = (portalId: number): string => `alert-scan:${portalId}`;

/**
 * The scan lock as a lease (one idea, one table): taken when free or expired, or again by its
 * own holder; refused while another holder's runs. A scan whose process died frees the portal
 * when its term ends.
 */
export function leaseScanLock(leases: LeaseStore): ScanLock {
  return {
    async acquire(portalId, holder, ttlMs) {
      const got = await leases.acquire({ name: scanLeaseName(portalId), holder, ttlMs });
      if (got.ok) return true;
      if (got.error.kind === 'held') return false;
      throw new Error(`cannot take the alert scan's lock: ${got.error.message}`);
    },
    release: (portalId, holder) => leases.release(scanLeaseName(portalId), holder),
  };
}
