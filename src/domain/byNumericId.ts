/**
 * Ascending HubSpot record id. Ids are numeric strings, so "10" sorts after "9"; ids that are
 * equal as numbers or not numbers at all (hand-made seeds) fall back to their text, which
 * keeps the order total and the same on every read.
 */
export function byNumericId(a: { id: string }, b: { id: string }): number {
  const x = Number(a.id);
  const y = Number(b.id);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
