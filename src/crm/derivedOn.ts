/** How many derived answers are kept per source value: a portal's few wide views, not every rep's. */
const KEPT = 4;

const derived = new WeakMap<object, Map<string, unknown>>();

/**
 * A value computed from `source` (a mirrored portal) and a request, kept while the source
 * lives: the same request answered again before the next sync step gets the same value, so
 * whatever is memoised on it (its portal index, memoOnIndex) is reused. Only the last few
 * requests are kept, since each answer of a million-deal portal holds its own deal list.
 */
export function derivedOn<T>(source: object, key: string, compute: () => T): T {
  let kept = derived.get(source);
  if (kept === undefined) {
    kept = new Map();
    derived.set(source, kept);
  }
  if (kept.has(key)) {
    const value = kept.get(key) as T;
    kept.delete(key);
    kept.set(key, value);
    return value;
  }
  const value = compute();
  kept.set(key, value);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return value;
}
