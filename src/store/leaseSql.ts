import { err, ok, type Result } from '../domain/result';
import { leaseHeld, leaseRequestSchema, type Lease, type LeaseError, type LeaseRequest } from './leaseStore';
import { invalidInput } from './storeErrors';
import { firstIssue } from './storeInputs';

/**
 * The lease's SQL, one statement per step, the same text on SQLite and PostgreSQL (both number
 * parameters $1…). Acquiring is one upsert whose WHERE lets it through only when the row is the
 * holder's own or expired, so two backends racing for a free lease cannot both get it.
 */
export const LEASE_SQL = {
  acquire: `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3)
    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
    WHERE leases.holder = excluded.holder OR leases.expires_at <= $4
    RETURNING name, holder, expires_at`,
  renew: 'UPDATE leases SET expires_at = $3 WHERE name = $1 AND holder = $2 RETURNING name, holder, expires_at',
  release: 'DELETE FROM leases WHERE name = $1 AND holder = $2',
  current: 'SELECT name, holder, expires_at FROM leases WHERE name = $1 AND expires_at > $2',
  any: 'SELECT name, holder, expires_at FROM leases WHERE name = $1',
} as const;

export interface LeaseRow {
  name: string;
  holder: string;
  expires_at: number;
}

export const leaseFromRow = (row: LeaseRow): Lease => ({ name: row.name, holder: row.holder, expiresAt: Number(row.expires_at) });

/** The checked request, or the reason it cannot even be tried. */
export function checkLeaseRequest(request: LeaseRequest): Result<LeaseRequest, LeaseError> {
  const parsed = leaseRequestSchema.safeParse(request);
  return parsed.success ? ok(parsed.data) : err(invalidInput(firstIssue(parsed.error)));
}

/** What a refused acquire or renew reports: who has the lease now (or that nobody does). */
export function refusal(name: string, holder: LeaseRow | undefined): Result<never, LeaseError> {
  if (holder === undefined) return err({ kind: 'lost', message: `${name} is not held by anyone any more` });
  return err(leaseHeld(leaseFromRow(holder)));
}
