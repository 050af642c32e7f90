/**
 * A small time-to-live cache for portal-wide reads (owners, pipelines, a pipeline's closed-deal
 * history): they change rarely, and every card of a portal needs them. A load in flight is
 * shared by concurrent callers; a failed load is not kept. Time comes from the injected clock.
 */
export interface TtlCache {
  getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T>;
  /** Forgets every entry whose key starts with the prefix (e.g. one portal's). */
  invalidate(prefix: string): void;
}

export function createTtlCache(clock: () => number): TtlCache {
  const entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
  return {
    getOrLoad<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
      const now = clock();
      const hit = entries.get(key);
      if (hit !== undefined && hit.expiresAt > now) return hit.value as Promise<T>;
      const value = load();
      entries.set(key, { expiresAt: now + ttlMs, value });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    invalidate(prefix: string): void {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
    },
  };
}
