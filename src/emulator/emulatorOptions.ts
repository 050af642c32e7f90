import { z } from 'zod';
import { webhookOptionsSchema } from './webhookOptions';

/** The bearer token the emulator accepts when no `tokens` are given; printed by `kpi emulator`. */
export const DEMO_TOKEN = 'demo-emulator-token';

const limitsSchema = z.object({
  searchPerSecond: z.number().int().positive().default(5),
  generalPerTenSeconds: z.number().int().positive().default(190),
});

/**
 * Fault injection beyond 5xx answers, for the deadline tests: `hang` leaves a share of
 * requests unanswered (the connection stays open, as a stuck load balancer does); a
 * `rateLimitStorm` answers a share with HubSpot's 429 and a long `Retry-After`, the way a
 * portal whose other apps spend the daily or burst allowance looks to this one.
 */
const hangFaultSchema = z.object({ rate: z.number().min(0).max(1) }).default({ rate: 0 });
const rateLimitStormSchema = z
  .object({ rate: z.number().min(0).max(1), retryAfterSeconds: z.number().int().min(1).default(30) })
  .default({ rate: 0, retryAfterSeconds: 30 });

/**
 * Options of `createCrmEmulator`. Limits are on by default because real HubSpot enforces
 * them and client code must cope; `limits: false` turns them off. `faults` answers a share
 * of requests with a 5xx, chosen by a generator seeded with `random` so runs repeat.
 * `now` drives the rate windows and record timestamps, so tests control time.
 * `searchLagMs`: a search sees a write only that long after it, as HubSpot's index does.
 * `retryAfterShare`: the share of 429s sent with Retry-After (0: none, as HubSpot documents none).
 * `webhooks`: post HubSpot's webhook events for deal writes to a URL (see webhookOptions).
 */
export const emulatorOptionsSchema = z.object({
  tokens: z.array(z.string().min(1)).min(1).default([DEMO_TOKEN]),
  limits: z.union([z.literal(false), limitsSchema]).default({ searchPerSecond: 5, generalPerTenSeconds: 190 }),
  latencyMs: z.number().int().min(0).default(0),
  faults: z
    .object({ rate: z.number().min(0).max(1), status: z.number().int().min(500).max(599).default(502) })
    .default({ rate: 0, status: 502 }),
  hang: hangFaultSchema,
  rateLimitStorm: rateLimitStormSchema,
  random: z.number().int().default(1),
  searchLagMs: z.number().int().min(0).default(0),
  retryAfterShare: z.number().min(0).max(1).default(1),
  webhooks: webhookOptionsSchema.optional(),
  now: z.custom<() => number>((value) => typeof value === 'function').optional(),
  /**
   * The clock of the rate windows when it must differ from `now`: a demo stamps records at a
   * fixed instant, yet HubSpot's windows slide in real time.
   */
  limitsClock: z.custom<() => number>((value) => typeof value === 'function').optional(),
});
export type EmulatorOptions = z.input<typeof emulatorOptionsSchema>;
export type ResolvedEmulatorOptions = z.infer<typeof emulatorOptionsSchema>;
