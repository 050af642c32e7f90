import { byNumericId } from '../domain/byNumericId';
import type { Deal } from '../domain/portal';

/** The portal's order of deals (the snapshot's and the engine's): src/domain byNumericId. */
export const byDealId = (a: Deal, b: Deal): number => byNumericId(a, b);

/** Where `id` is in `sorted`, or where it would go (binary search). */
function slotOf(sorted: readonly Deal[], id: string): { at: number; found: boolean } {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const order = byNumericId(sorted[mid] as Deal, { id });
    if (order === 0) return { at: mid, found: true };
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return { at: low, found: false };
}

/**
 * A copy of `sorted` with a sync step's changes applied in place of a re-sort: a step changes
 * a few hundred deals of a million, and the copy leaves any reader of the old list untouched.
 */
export function withChanges(sorted: readonly Deal[], upserts: readonly Deal[], removals: readonly string[]): Deal[] {
  const next = sorted.slice();
  for (const deal of upserts) {
    const slot = slotOf(next, deal.id);
    if (slot.found) next[slot.at] = deal;
    else next.splice(slot.at, 0, deal);
  }
  for (const id of removals) {
    const slot = slotOf(next, id);
    if (slot.found) next.splice(slot.at, 1);
  }
  return next;
}

/** Each owner's deals, in the list's order. */
export function dealsByOwner(sorted: readonly Deal[]): Map<string, Deal[]> {
  const byOwner = new Map<string, Deal[]>();
  for (const deal of sorted) {
    if (deal.ownerId === null) continue;
    const list = byOwner.get(deal.ownerId);
    if (list === undefined) byOwner.set(deal.ownerId, [deal]);
    else list.push(deal);
  }
  return byOwner;
}
