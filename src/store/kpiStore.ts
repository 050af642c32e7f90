import type { PortalLimiter, RateLimits } from '../crm/portalLimiter';
import type { AlertLedger } from './alertLedger';
import type { DigestLedger } from './digestLedger';
import type { ForecastStore } from './forecastStore';
import type { LeaseStore } from './leaseStore';
import type { ManualScoreStore } from './manualScoreStore';
import type { MirrorStore } from './mirrorStore';
import type { ScanLock } from './scanLock';
import type { SettingsStore } from './settingsStore';

/**
 * Everything the backend keeps, whichever database holds it (`openStore`): SQLite for one
 * process, PostgreSQL for several behind a load balancer. Each facet is usable on its own
 * through its interface, and both databases pass the same contract suites.
 */
export interface KpiStore {
  kind: 'sqlite' | 'postgres';
  settings: SettingsStore;
  alerts: AlertLedger;
  manualScores: ManualScoreStore;
  forecasts: ForecastStore;
  /** Which digest tasks were created, so none is written twice (docs/kpis.md "Digests"). */
  digests: DigestLedger;
  /** The portal mirror src/sync keeps and the cards read. */
  mirror: MirrorStore;
  leases: LeaseStore;
  /** One alert scan per portal at a time, whichever process starts it (a lease of `leases`). */
  scanLock: ScanLock;
  /**
   * HubSpot's per-account limits kept where every backend on this store sees them (PostgreSQL:
   * N backends stay together under them), or null when the store serves one process and the
   * gateway's own in-process limiter is exact (SQLite). Open one per portal and process, and
   * share it between that process's gateways.
   */
  sharedLimiter(portalId: number, limits?: RateLimits): PortalLimiter | null;
  schemaVersion: number;
  close(): void | Promise<void>;
}
