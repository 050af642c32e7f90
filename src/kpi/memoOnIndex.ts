import type { PortalIndex } from './portalIndex';

const caches = new WeakMap<PortalIndex, Map<string, unknown>>();

/**
 * Memoises a pure computation over the portal index. The index and the data it was built
 * from are treated as immutable (they are rebuilt whenever the portal is re-read), so a
 * result keyed by the index and the computation's other inputs can be reused: the
 * scorecards of every owner over every period read each (subject, period) aggregate once.
 * The cache lives and dies with the index (WeakMap), so it never outlives the data.
 */
export function memoOnIndex<T>(index: PortalIndex, kind: string, key: string, compute: () => T): T {
  let cache = caches.get(index);
  if (cache === undefined) {
    cache = new Map();
    caches.set(index, cache);
  }
  const fullKey = `${kind}|${key}`;
  if (cache.has(fullKey)) return cache.get(fullKey) as T;
  const value = compute();
  cache.set(fullKey, value);
  return value;
}
