import type { Pool } from 'pg';
import { HUBSPOT_RATE_LIMITS, type RateLimits } from '../crm/portalLimiter';
import type { KpiStore } from './kpiStore';
import { pgAlertLedger } from './pgAlertLedger';
import { pgForecastStore } from './pgForecastStore';
import { pgDigestLedger } from './pgDigestLedger';
import { leaseScanLock } from './leaseScanLock';
import { pgLeaseStore } from './pgLeaseStore';
import { pgManualScoreStore } from './pgManualScoreStore';
import { migratePg } from './pgMigrations';
import { pgMirrorStore } from './pgMirrorStore';
import { openPgPool, type PgPoolOptions } from './pgPool';
import { pgPortalLimiter } from './pgPortalLimiter';
import { pgSettingsStore } from './pgSettingsStore';

/**
 * HubSpot's limits as the backends sharing one database keep them. A grant is stamped in the
 * database and sent by whichever process asked, after that process's event loop gets to it;
 * with several busy processes the gap between the two grows past the single process's 15%
 * margin (measured: 429s with two backends backfilling at once), so the shared search window
 * keeps 30%: 5 per 1,300 ms.
 */
export const SHARED_RATE_LIMITS: RateLimits = { ...HUBSPOT_RATE_LIMITS, searchWindowMs: 1_300 };

export interface PgStoreOptions extends PgPoolOptions {
  now: () => number;
}

export interface PgStore extends KpiStore {
  kind: 'postgres';
  pool: Pool;
  close(): Promise<void>;
}

/**
 * The shared store of several backends (design.md "Two deployments"): one PostgreSQL database,
 * migrated at open under an advisory lock, so backends may start together. The pool is closed
 * again when the database cannot be reached or migrated, and the error names what failed.
 */
export async function openPgStore(options: PgStoreOptions): Promise<PgStore> {
  const pool = openPgPool(options);
  try {
    const schemaVersion = await migratePg(pool);
    const leases = pgLeaseStore(pool, options.now);
    return {
      kind: 'postgres',
      settings: pgSettingsStore(pool, options.now),
      alerts: pgAlertLedger(pool),
      manualScores: pgManualScoreStore(pool, options.now),
      forecasts: pgForecastStore(pool),
      digests: pgDigestLedger(pool),
      mirror: pgMirrorStore(pool),
      leases,
      scanLock: leaseScanLock(leases),
      sharedLimiter: (portalId, limits = SHARED_RATE_LIMITS) => pgPortalLimiter(pool, portalId, limits),
      pool,
      schemaVersion,
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open the PostgreSQL store at ${redactedUrl(options.url)}: ${(error as Error).message}`, { cause: error });
  }
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return 'an unreadable KPI_DATABASE_URL';
  }
}
