import { z } from 'zod';
import { fieldErrorSchema } from '../../settings/fieldError';

/** Shared pieces of the handler contracts: what every card receives and how errors look. */
export const severitySchema = z.enum(['ok', 'info', 'warning', 'critical']);
export const kpiStatusSchema = z.enum(['ok', 'not_configured', 'insufficient_data', 'not_applicable']);
export const intervalSchema = z.tuple([z.number(), z.number()]);

/**
 * A failed request, as the cards see it. `code` drives the card state: `forbidden` shows the
 * permission-denied state, `conflict` the reload offer, `invalid` the field errors,
 * `preparing` how far the backend's first copy of the portal is, `needs_backend` that only the
 * backend serves the view (its `reason` says why), the others an error with a retry.
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
  'needs_backend',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export { fieldErrorSchema, type FieldError } from '../../settings/fieldError';
export const handlerErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  /** The backend's id of the failed request, also in its log line: what a user quotes to support. */
  requestId: z.string().optional(),
  /** `preparing`: the share of the portal's first backfill done, 0–1. */
  progress: z.number().min(0).max(1).optional(),
  /**
   * `needs_backend`: why only the backend serves it: the portal is too large for a live read
   * (`portal_size`), or the user is only the card's claim (`claimed_identity`, functions only).
   */
  reason: z.enum(['portal_size', 'claimed_identity']).optional(),
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

/**
 * When the data behind an answer was read from HubSpot (ISO 8601): the mirror's last finished
 * sync with the backend, the moment of the request for a live read. Every surface shows it.
 */
export const dataAsOfSchema = z.iso.datetime();

export const periodLabelSchema = z.string().regex(/^(FY)?\d{4}(-Q[1-4]|-\d{2})?$/i, 'use 2026-Q3, 2026-07 or 2026');

/**
 * HubSpot record, owner and team ids are positive 64-bit integers (at most 19 digits): anything
 * else cannot name one, so it is refused at once (400) instead of being sent to HubSpot, where
 * a 16,000-character id would only fail, be retried and end as "HubSpot did not answer".
 */
export const recordIdSchema = z.string().regex(/^[1-9]\d{0,18}$/, 'must be a HubSpot id: digits only, at most 19');

/** Pipeline ids are HubSpot's `default` or digits; a bounded word either way. */
export const pipelineIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a HubSpot pipeline id');

/**
 * The latest saved settings could not be read back, so the cards run on an older version (or
 * the defaults: usedVersion 0) and say so. Only the settings page gets the reason.
 */
export const settingsFallbackSchema = z.object({ corruptVersion: z.number().int().min(1), usedVersion: z.number().int().min(0) });
export type SettingsFallbackDto = z.infer<typeof settingsFallbackSchema>;
