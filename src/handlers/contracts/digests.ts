import { z } from 'zod';
import { monthlySummarySchema, weeklyDigestSchema } from '../../digests/digestSchema';

/** digestPreview: the weekly digest and the monthly summary as the scheduler would send them now. */
export const digestPreviewInputSchema = z.object({
  /** A director's or admin's choice; default: a manager's own teams (the weekly digest) and the first of them (the summary). */
  teamId: z.string().min(1).optional(),
});
export type DigestPreviewInput = z.infer<typeof digestPreviewInputSchema>;

const textSchema = z.object({ subject: z.string(), body: z.string() });

export const digestPreviewOutputSchema = z.object({
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  team: z.object({ id: z.string(), name: z.string() }),
  /** Whether the settings have the scheduler send each one. */
  sends: z.object({ weekly: z.boolean(), monthly: z.boolean() }),
  weekly: z.object({ digest: weeklyDigestSchema, text: textSchema }),
  monthly: z.object({ summary: monthlySummarySchema, text: textSchema }),
});
export type DigestPreviewOutput = z.infer<typeof digestPreviewOutputSchema>;

const sentDigestSchema = z.object({ kind: z.enum(['weekly', 'monthly']), ownerId: z.string(), teamId: z.string(), period: z.string(), taskId: z.string() });

/** sendDigests: what one scheduled run wrote. */
export const sendDigestsOutputSchema = z.object({
  /** Tasks created by this run. */
  created: z.array(sentDigestSchema),
  /** Tasks an earlier run created but was cut off before recording: found in HubSpot and recorded, not created again. */
  recovered: z.array(sentDigestSchema),
  /** Digests the ledger already had: nothing written. */
  alreadySent: z.number().int().min(0),
  /** Digests an earlier run claimed whose task HubSpot's search does not show yet: left to a later run rather than risk a second task. */
  pending: z.number().int().min(0),
  /** Digests whose task HubSpot failed to create this run (the message says how): claimed, so the next run finds the task if HubSpot made it, or creates it. */
  failed: z.array(sentDigestSchema.omit({ taskId: true }).extend({ message: z.string() })),
  /** Teams no manager is named for in the settings: their summary has nobody to go to. */
  teamsWithoutManager: z.array(z.string()),
});
export type SendDigestsOutput = z.infer<typeof sendDigestsOutputSchema>;
