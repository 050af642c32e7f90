/**
 * One alert scan per portal at a time (kpi-spec §5 threshold alerts): the daily schedule, a
 * `kpi alerts scan` from cron and a manager's "Scan alerts" may start together, and two scans
 * interleaving would both find a breach without a task and both create one. A lease, not a
 * mutex: a holder that dies frees the portal when its lease runs out. The SQLite store keeps it
 * in its file (so processes sharing the file share it); a PostgreSQL store implements the same.
 */
export interface ScanLock {
  /** Takes the portal's lease for `ttlMs` unless another holder has an unexpired one; false when held. */
  acquire(portalId: number, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease back, if `holder` still has it. */
  release(portalId: number, holder: string): Promise<void>;
}
