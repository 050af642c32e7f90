import type { LimiterTicket } from './priorityLanes';
import { createWindowLimiter, slidingWindow } from './slidingWindowLimiter';

/**
 * HubSpot's documented limits for a privately distributed app (design.md "HubSpot facts"):
 * the CRM search endpoints allow 5 requests per second per account, and every request counts
 * against the general burst limit (190 per 10 s on Professional/Enterprise; we stay on it).
 */
export interface RateLimits {
  searchPerWindow: number;
  searchWindowMs: number;
  generalPerWindow: number;
  generalWindowMs: number;
}

/**
 * HubSpot counts a request when it arrives, we when we send it; latency jitter between the two
 * made exactly 5 per 1,000 ms draw 429s (each a 1 s stall). 5 per 1,150 ms keeps a 15% margin,
 * so a backfill runs at about 0.87 of the documented rate and is answered 429-free.
 */
export const HUBSPOT_RATE_LIMITS: RateLimits = {
  searchPerWindow: 5,
  searchWindowMs: 1_150,
  generalPerWindow: 190,
  generalWindowMs: 10_000,
};

export type RequestCategory = 'search' | 'general';

/**
 * The limits of one portal. A search takes a slot in both windows, any other request only in
 * the general one. Share one PortalLimiter between all gateways of the same portal in a process.
 */
export interface PortalLimiter {
  acquire(category: RequestCategory, ticket?: LimiterTicket): Promise<void>;
}

export function createPortalLimiter(clock: () => number, sleep: (ms: number) => Promise<void>, limits: RateLimits = HUBSPOT_RATE_LIMITS): PortalLimiter {
  const search = slidingWindow(limits.searchPerWindow, limits.searchWindowMs);
  const general = slidingWindow(limits.generalPerWindow, limits.generalWindowMs);
  const limiter = createWindowLimiter(clock, sleep);
  return {
    acquire: (category, ticket) => limiter.acquire(category === 'search' ? [search, general] : [general], ticket),
  };
}
