import express from 'express';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { verifySignatureV3 } from './hubspotSignature';
import { sendError } from './sendError';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signedUrlOf } from './verifyRequest';

/** One event of a HubSpot webhook request (a request carries up to 100); only what the mirror reads. */
export const webhookEventSchema = z.object({
  subscriptionType: z.string(),
  objectTypeId: z.string().optional(),
  objectId: z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]),
  portalId: z.number().int(),
});
export const webhookBodySchema = z.array(webhookEventSchema).max(1000);

export interface WebhookRouteConfig {
  portalId: number;
  /** The app's client secret: webhooks are signed with it (v3) like hubspot.fetch requests. */
  clientSecret: string | null;
  publicBaseUrl: string | null;
  now: () => number;
  /** Told of the deals the events name (created, changed or deleted). */
  onDeals: (ids: string[]) => void;
}

const isDealEvent = (e: z.infer<typeof webhookEventSchema>) => e.objectTypeId === '0-3' || e.subscriptionType.startsWith('deal.');

/**
 * `POST /webhooks/hubspot`, the 2026.03 webhooks component's target: deal creations, deletions
 * and property changes, checked against the v3 signature, mark those deals for the next sync
 * cycle to read by id — fresh in seconds where HubSpot can reach the backend; the cycle itself
 * keeps the mirror right where it cannot. Answers 204 at once, as HubSpot wants a quick answer.
 */
export function webhookRoute(config: WebhookRouteConfig): RequestHandler[] {
  const handle: RequestHandler = (req, res) => {
    if (config.clientSecret === null) return sendError(res, { code: 'unauthorized', message: 'this backend has no client secret, so it cannot check webhook signatures' });
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const check = verifySignatureV3(config.clientSecret, { method: req.method, url: signedUrlOf(req, config.publicBaseUrl), body, signature: req.get(SIGNATURE_HEADER), timestamp: req.get(TIMESTAMP_HEADER) }, config.now());
    if (!check.ok) return sendError(res, { code: 'unauthorized', message: `the webhook is not signed by HubSpot: ${check.reason}` });
    const events = webhookBodySchema.safeParse(safeJson(body));
    if (!events.success) return sendError(res, { code: 'invalid', message: 'the webhook body is not a list of HubSpot events' });
    const ids = events.data.filter((e) => e.portalId === config.portalId && isDealEvent(e)).map((e) => String(e.objectId));
    if (ids.length > 0) config.onDeals([...new Set(ids)]);
    res.status(204).end();
  };
  return [express.raw({ type: () => true, limit: '1mb' }), handle];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
