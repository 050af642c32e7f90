import { z } from 'zod';

/** Shared pieces of the handler contracts: what every card receives and how errors look. */
export const severitySchema = z.enum(['ok', 'info', 'warning', 'critical']);
export const kpiStatusSchema = z.enum(['ok', 'not_configured', 'insufficient_data']);
export const intervalSchema = z.tuple([z.number(), z.number()]);

/**
 * A failed request, as the cards see it. `code` drives the card state: `forbidden` shows the
 * permission-denied state, `conflict` the reload offer, `invalid` the field errors,
 * `preparing` how far the backend's first copy of the portal is, the others an error with a retry.
 */
export const errorCodeSchema = z.enum([
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'crm_unavailable',
  'preparing',
  'internal',
  /** Refused to a claimed identity (functions only): what was asked is served through the signed backend. */
  'needs_backend',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;
export const handlerErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  /** `preparing`: the share of the portal's first backfill done, 0–1. */
  progress: z.number().min(0).max(1).optional(),
});
export type HandlerError = z.infer<typeof handlerErrorSchema>;

/**
 * The viewer: from the signed hubspot.fetch URL or the app-function runtime, never the body.
 * `identity: 'claimed'` marks a user the card named itself (an app-function call without a
 * runtime user, serverless/functionContext.ts): a user with developer tools can name anyone,
 * so such a viewer is shown only their own numbers (handlers/access/viewerAccess.ts).
 * Absent means verified: the signed URL, or the backend's dev mode.
 */
export const viewerSchema = z.object({
  portalId: z.number().int(),
  userId: z.number().int(),
  email: z.string().nullable().default(null),
  locale: z.string().default('en-US'),
  identity: z.enum(['verified', 'claimed']).optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export const periodLabelSchema = z.string().regex(/^(FY)?\d{4}(-Q[1-4]|-\d{2})?$/i, 'use 2026-Q3, 2026-07 or 2026');
