import type Database from 'better-sqlite3';
import { ok } from '../domain/result';
import { checkLeaseRequest, LEASE_SQL, leaseFromRow, refusal, type LeaseRow } from './leaseSql';
import type { LeaseStore } from './leaseStore';

/**
 * Leases in SQLite: processes on one host sharing the file (a rolling restart, `kpi alerts
 * scan` beside the backend) take turns through the same statements as PostgreSQL, whose $1…
 * become SQLite's named @p1…, since better-sqlite3 binds numbered parameters only by name.
 */
export function sqliteLeaseStore(db: Database.Database, now: () => number): LeaseStore {
  const prepare = (sql: string) => {
    const statement = db.prepare(sql.replace(/\$(\d+)/g, '@p$1'));
    const bind = (values: unknown[]) => Object.fromEntries(values.map((v, i) => [`p${i + 1}`, v]));
    return { get: (...values: unknown[]) => statement.get(bind(values)) as LeaseRow | undefined, run: (...values: unknown[]) => statement.run(bind(values)) };
  };
  const statements = {
    acquire: prepare(LEASE_SQL.acquire),
    renew: prepare(LEASE_SQL.renew),
    release: prepare(LEASE_SQL.release),
    current: prepare(LEASE_SQL.current),
    any: prepare(LEASE_SQL.any),
  };
  const any = (name: string) => statements.any.get(name);
  return {
    async acquire(request) {
      const checked = checkLeaseRequest(request);
      if (!checked.ok) return checked;
      const { name, holder, ttlMs } = checked.value;
      const t = now();
      const row = statements.acquire.get(name, holder, t + ttlMs, t);
      return row === undefined ? refusal(name, any(name)) : ok(leaseFromRow(row));
    },
    async renew(request) {
      const checked = checkLeaseRequest(request);
      if (!checked.ok) return checked;
      const { name, holder, ttlMs } = checked.value;
      const row = statements.renew.get(name, holder, now() + ttlMs);
      return row === undefined ? refusal(name, any(name)) : ok(leaseFromRow(row));
    },
    async release(name, holder) {
      statements.release.run(name, holder);
    },
    async current(name) {
      const row = statements.current.get(name, now());
      return row === undefined ? null : leaseFromRow(row);
    },
  };
}
