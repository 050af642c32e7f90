import { z } from 'zod';
import type { Result } from '../domain/result';
import type { InvalidInputError } from './storeErrors';

/**
 * A lease in the database: who runs the one job of a portal that must not run twice at once
 * (the sync, the alert scan) when several backends share one store. It expires on its own, so
 * a backend that dies hands the job on within one lease term; the holder renews it while it
 * works. Expiry times come from the store's injected clock: backends on several hosts need
 * clocks in step to well under the lease term (NTP keeps them within milliseconds).
 */
export const leaseRequestSchema = z.object({
  /** What is leased, e.g. "alert-scan:123456" (one lease per job and portal). */
  name: z.string().trim().min(1, 'a lease needs a name'),
  /** Who asks: unique per backend process (host, pid and a random part). */
  holder: z.string().trim().min(1, 'a lease holder needs a name'),
  /** How long the lease lasts from now without a renewal, in ms. */
  ttlMs: z.number().int().min(1, 'a lease lasts at least 1 ms').max(86_400_000, 'a lease lasts at most a day'),
});
export type LeaseRequest = z.infer<typeof leaseRequestSchema>;

export interface Lease {
  name: string;
  holder: string;
  /** Epoch ms on the store's clock. */
  expiresAt: number;
}

/** Another holder has the lease and it has not expired. */
export interface LeaseHeldError {
  kind: 'held';
  message: string;
  holder: string;
  expiresAt: number;
}

/** A renewal found the lease released or gone: the job must stop, someone else may take it. */
export interface LeaseLostError {
  kind: 'lost';
  message: string;
}

export type LeaseError = LeaseHeldError | LeaseLostError | InvalidInputError;

export const leaseHeld = (lease: Lease): LeaseHeldError => ({
  kind: 'held',
  message: `${lease.name} is held by ${lease.holder} until ${new Date(lease.expiresAt).toISOString()}`,
  holder: lease.holder,
  expiresAt: lease.expiresAt,
});

export interface LeaseStore {
  /** Takes the lease when it is free or expired, or extends it when the holder already has it. */
  acquire(request: LeaseRequest): Promise<Result<Lease, LeaseError>>;
  /** Extends the lease only while the holder still has it (not released, not taken over). */
  renew(request: LeaseRequest): Promise<Result<Lease, LeaseError>>;
  /** Gives the lease up at once, if the holder has it; someone else's lease is left alone. */
  release(name: string, holder: string): Promise<void>;
  /** The unexpired lease, or null when nobody holds it. */
  current(name: string): Promise<Lease | null>;
}
