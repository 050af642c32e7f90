/**
 * HubSpot's per-token rolling windows (developers.hubspot.com, "API usage guidelines"):
 * search is limited per second (policy SECONDLY), everything else per ten seconds
 * (TEN_SECONDLY_ROLLING). A refused request does not use up the window.
 */
export interface RatePolicy {
  name: 'SECONDLY' | 'TEN_SECONDLY_ROLLING';
  max: number;
  intervalMs: number;
}

export const SEARCH_POLICY: RatePolicy = { name: 'SECONDLY', max: 5, intervalMs: 1000 };
export const GENERAL_POLICY: RatePolicy = { name: 'TEN_SECONDLY_ROLLING', max: 190, intervalMs: 10_000 };

export type RateDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** Records one request by `token` under `policy`, or says how long until one would be allowed. */
  take(token: string, policy: RatePolicy): RateDecision {
    const at = this.now();
    const key = `${policy.name}:${token}`;
    const recent = (this.windows.get(key) ?? []).filter((t) => t > at - policy.intervalMs);
    if (recent.length >= policy.max) {
      this.windows.set(key, recent);
      const oldest = recent[0] ?? at;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + policy.intervalMs - at) };
    }
    recent.push(at);
    this.windows.set(key, recent);
    return { allowed: true, remaining: policy.max - recent.length };
  }

  reset(): void {
    this.windows.clear();
  }
}
