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

export const HUBSPOT_RATE_LIMITS: RateLimits = {
  searchPerWindow: 5,
  searchWindowMs: 1_000,
  generalPerWindow: 190,
  generalWindowMs: 10_000,
};

export type RequestCategory = 'search' | 'general';

/**
 * The limits of one portal. A search takes a slot in both windows, any other request only in
 * the general one. Share one PortalLimiter between all gateways of the same portal in a process.
 */
export interface PortalLimiter {
  acquire(category: RequestCategory): Promise<void>;
}

export function createPortalLimiter(clock: () => number, sleep: (ms: number) => Promise<void>, limits: RateLimits = HUBSPOT_RATE_LIMITS): PortalLimiter {
  const search = slidingWindow(limits.searchPerWindow, limits.searchWindowMs);
  const general = slidingWindow(limits.generalPerWindow, limits.generalWindowMs);
  const limiter = createWindowLimiter(clock, sleep);
  return {
    acquire: (category) => limiter.acquire(category === 'search' ? [search, general] : [general]),
  };
}
