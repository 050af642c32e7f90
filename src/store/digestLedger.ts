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

export const digestEntrySchema = digestKeySchema.extend({
  /** The HubSpot task the digest became. */
  taskId: idSchema,
  /** Epoch ms. */
  createdAt: z.number().int(),
});
export type DigestEntry = z.infer<typeof digestEntrySchema>;
export type DigestEntryInput = z.input<typeof digestEntrySchema>;

export interface DigestLedger {
  get(key: DigestKeyInput): Promise<DigestEntry | null>;
  /** Records the entry unless its key has one; answers the entry in force (the first recorded wins). */
  record(entry: DigestEntryInput): Promise<Result<DigestEntry, InvalidInputError>>;
}
