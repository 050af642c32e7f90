import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KpiStore } from './kpiStore';
import { leaseScanLock } from './leaseScanLock';
import { migrate } from './sqliteMigrations';
import { sqliteAlertLedger } from './sqliteAlertLedger';
import { sqliteForecastStore } from './sqliteForecastStore';
import { sqliteDigestLedger } from './sqliteDigestLedger';
import { sqliteLeaseStore } from './sqliteLeaseStore';
import { sqliteManualScoreStore } from './sqliteManualScoreStore';
import { sqliteMirrorStore } from './sqliteMirrorStore';
import { sqliteSettingsStore } from './sqliteSettingsStore';

export interface SqliteStoreOptions {
  /** The database file (the edge reads KPI_DB_PATH, see `dbPathFromEnv`); ':memory:' for a throwaway. */
  path: string;
  now: () => number;
  /** How long a writer waits for another process's write lock before failing, in ms. */
  busyTimeoutMs?: number;
}

/** One SQLite file holding every concern; each facet is usable on its own through its interface. */
export interface SqliteStore extends KpiStore {
  kind: 'sqlite';
  close(): void;
}

/**
 * The embedded default store (design.md, src/store). WAL lets card reads proceed while an
 * admin saves; `synchronous = FULL` because settings saves are rare and must survive power
 * loss once acknowledged. The folder of the file is created when missing.
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    const schemaVersion = migrate(db);
    const leases = sqliteLeaseStore(db, options.now);
    return {
      kind: 'sqlite',
      settings: sqliteSettingsStore(db, options.now),
      alerts: sqliteAlertLedger(db),
      manualScores: sqliteManualScoreStore(db, options.now),
      forecasts: sqliteForecastStore(db),
      digests: sqliteDigestLedger(db),
      mirror: sqliteMirrorStore(db),
      leases,
      scanLock: leaseScanLock(leases),
      /** One backend per file: the gateway's own in-process limiter is exact. */
      sharedLimiter: () => null,
      schemaVersion,
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
