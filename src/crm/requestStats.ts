/**
 * What the gateway asked of HubSpot: requests per operation (each attempt counts, retries
 * included), how many were retried and why. Tests and the bench read it to prove a use case
 * stays within its request budget.
 */
export interface RequestStats {
  requests: number;
  searches: number;
  retries: number;
  rateLimited: number;
  byOperation: Record<string, number>;
}

export const emptyStats = (): RequestStats => ({ requests: 0, searches: 0, retries: 0, rateLimited: 0, byOperation: {} });

export const copyStats = (s: RequestStats): RequestStats => ({ ...s, byOperation: { ...s.byOperation } });

/** The requests made between two readings of the stats. */
export function statsSince(before: RequestStats, after: RequestStats): RequestStats {
  const byOperation: Record<string, number> = {};
  for (const [op, n] of Object.entries(after.byOperation)) {
    const delta = n - (before.byOperation[op] ?? 0);
    if (delta > 0) byOperation[op] = delta;
  }
  return {
    requests: after.requests - before.requests,
    searches: after.searches - before.searches,
    retries: after.retries - before.retries,
    rateLimited: after.rateLimited - before.rateLimited,
    byOperation,
  };
}
