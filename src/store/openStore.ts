import type { KpiStore } from './kpiStore';
import { dbPathFromEnv } from './dbPathFromEnv';
import { openPgStore } from './pgStore';
import { openSqliteStore } from './sqliteStore';

export interface StoreEnv {
  /** postgres://… puts everything on PostgreSQL (several backends); unset: SQLite. */
  KPI_DATABASE_URL?: string;
  /** The SQLite file when KPI_DATABASE_URL is unset (dbPathFromEnv). */
  KPI_DB_PATH?: string;
}

/**
 * The backend's store as its environment asks for it (design.md "Two deployments"): the SQLite
 * file for one process (the default), or the PostgreSQL database of KPI_DATABASE_URL for N
 * processes behind a load balancer. Callers use the KpiStore interface and do not care which.
 */
export async function openStore(env: StoreEnv, now: () => number): Promise<KpiStore> {
  const url = env.KPI_DATABASE_URL?.trim();
  if (url) return openPgStore({ url, now });
  return openSqliteStore({ path: dbPathFromEnv({ KPI_DB_PATH: env.KPI_DB_PATH }), now });
}
