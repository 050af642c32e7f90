import { z } from 'zod';
import type { Result } from '../domain/result';
import type { InvalidInputError } from './storeErrors';
import { idSchema, portalIdSchema } from './storeInputs';

/**
 * The reporting rhythm's ledger (docs/kpis.md "Digests"): which digest task was created for
 * whom, so that a second backend, a re-run or a restart writes nothing twice. One entry per
 * portal, kind, recipient (the manager's owner id), team (monthly; '' for the weekly digest,
 * which covers all the manager's teams) and week ("2026-W48") or month ("2026-11").
 */
export const digestKeySchema = z.object({
  portalId: portalIdSchema,
  kind: z.enum(['weekly', 'monthly']),
  ownerId: idSchema,
  teamId: z.string().trim().default(''),
  period: z.string().regex(/^\d{4}-(W(0[1-9]|[1-4]\d|5[0-3])|(0[1-9]|1[0-2]))$/, 'use 2026-W48 for a week or 2026-11 for a month'),
});
export type DigestKey = z.infer<typeof digestKeySchema>;
export type DigestKeyInput = z.input<typeof digestKeySchema>;

/**
 * An entry is claimed before its task is created and completed once HubSpot answered with the
 * task: a run that dies between the two leaves a claim whose task may or may not exist, which
 * the next run looks for in HubSpot before creating anything (docs/kpis.md "Digests", "Once each").
 */
export const digestEntrySchema = digestKeySchema.extend({
  /** The HubSpot task the digest became; null while only claimed. */
  taskId: idSchema.nullable(),
  /** When the task was recorded (epoch ms); null while only claimed. */
  createdAt: z.number().int().nullable(),
  /** When the current claim was taken (epoch ms): the claimant creates the task due then. */
  claimedAt: z.number().int(),
  /** The subject the claimant creates the task with, to find it by; null on an entry recorded without a claim. */
  subject: z.string().min(1).nullable(),
});
export type DigestEntry = z.infer<typeof digestEntrySchema>;

export const digestRecordSchema = digestKeySchema.extend({ taskId: idSchema, createdAt: z.number().int() });
export type DigestRecordInput = z.input<typeof digestRecordSchema>;

export const digestClaimSchema = digestKeySchema.extend({ claimedAt: z.number().int(), subject: z.string().min(1) });
export type DigestClaimInput = z.input<typeof digestClaimSchema>;

export const digestRetakeSchema = digestClaimSchema.extend({ fromClaimedAt: z.number().int() });
export type DigestRetakeInput = z.input<typeof digestRetakeSchema>;

/** What a claim answers: whether this caller holds it, and the entry in force either way. */
export interface DigestClaim {
  won: boolean;
  entry: DigestEntry;
}

export interface DigestLedger {
  get(key: DigestKeyInput): Promise<DigestEntry | null>;
  /** Claims the key unless it has an entry (claimed or recorded); exactly one of several claimants at once wins. */
  claim(input: DigestClaimInput): Promise<Result<DigestClaim, InvalidInputError>>;
  /**
   * Takes over a claim whose task turned out not to exist: moves its claimedAt from
   * `fromClaimedAt` to `claimedAt` (and its subject to `subject`) only if it is still that claim
   * and unrecorded, so of two runs taking over the same stale claim exactly one wins.
   */
  retake(input: DigestRetakeInput): Promise<Result<DigestClaim, InvalidInputError>>;
  /** Records the task on the key's claim, or as a new entry; answers the entry in force (the first task recorded wins). */
  record(entry: DigestRecordInput): Promise<Result<DigestEntry, InvalidInputError>>;
}
