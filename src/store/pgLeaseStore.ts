import type { Pool } from 'pg';
import { ok } from '../domain/result';
import { checkLeaseRequest, LEASE_SQL, leaseFromRow, refusal, type LeaseRow } from './leaseSql';
import type { LeaseStore } from './leaseStore';

/** Leases in PostgreSQL: one row per lease, each step a single statement (leaseSql.ts). */
export function pgLeaseStore(pool: Pool, now: () => number): LeaseStore {
  const any = async (name: string) => (await pool.query<LeaseRow>(LEASE_SQL.any, [name])).rows[0];
  return {
    async acquire(request) {
      const checked = checkLeaseRequest(request);
      if (!checked.ok) return checked;
      const { name, holder, ttlMs } = checked.value;
      const t = now();
      const row = (await pool.query<LeaseRow>(LEASE_SQL.acquire, [name, holder, t + ttlMs, t])).rows[0];
      return row === undefined ? refusal(name, await any(name)) : ok(leaseFromRow(row));
    },
    async renew(request) {
      const checked = checkLeaseRequest(request);
      if (!checked.ok) return checked;
      const { name, holder, ttlMs } = checked.value;
      const row = (await pool.query<LeaseRow>(LEASE_SQL.renew, [name, holder, now() + ttlMs])).rows[0];
      return row === undefined ? refusal(name, await any(name)) : ok(leaseFromRow(row));
    },
    async release(name, holder) {
      await pool.query(LEASE_SQL.release, [name, holder]);
    },
    async current(name) {
      const row = (await pool.query<LeaseRow>(LEASE_SQL.current, [name, now()])).rows[0];
      return row === undefined ? null : leaseFromRow(row);
    },
  };
}
