import { z } from 'zod';

/**
 * Where and how the emulator posts HubSpot's webhooks (the 2026.03 `webhooks` component's
 * `targetUrl`, the app's id and client secret that sign each request). `propertyChanges`
 * lists the deal properties subscribed to `object.propertyChange` ("all": one subscription
 * per property). A failed delivery is tried again `retries` times, each wait twice the last
 * from `retryDelayMs` (HubSpot re-sends up to 10 times with an exponential back-off), then
 * dropped; `timeoutMs` is how long one request may take; `batchDelayMs` gathers the events
 * of that long into one request (at most 100 each); `maxConcurrentRequests` is the
 * component's setting of that name (HubSpot's default 10), requests beyond it wait.
 */
export const webhookOptionsSchema = z.object({
  url: z.string().url(),
  clientSecret: z.string().min(1),
  appId: z.number().int().positive().default(1),
  creation: z.boolean().default(true),
  deletion: z.boolean().default(true),
  propertyChanges: z.union([z.literal('all'), z.array(z.string().min(1))]).default('all'),
  retries: z.number().int().min(0).max(10).default(10),
  retryDelayMs: z.number().int().min(0).default(1000),
  timeoutMs: z.number().int().positive().default(5000),
  batchDelayMs: z.number().int().min(0).default(0),
  maxConcurrentRequests: z.number().int().min(1).default(10),
});
export type WebhookOptions = z.infer<typeof webhookOptionsSchema>;
