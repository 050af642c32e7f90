import type { Bounds } from '../domain/period';
import type { Deal, PortalData } from '../domain/portal';
import type { SegmentCut } from './segmentKey';
import { segmentKeyOf } from './segmentKey';

/** What a segment won in one span: the won deals, their known amount, how many have none. */
export interface SegmentWon {
  wonCount: number;
  wonAmount: number;
  wonAmountUnknown: number;
  deals: Deal[];
}

export const emptyWon = (): SegmentWon => ({ wonCount: 0, wonAmount: 0, wonAmountUnknown: 0, deals: [] });

/**
 * The won deals of the owners in scope closing in any of the spans (P and its comparison), in
 * one pass over the portal. Deals without an owner count in no scope, as in every scorecard's totals.
 */
export function wonInSpans(data: PortalData, ownerIds: ReadonlySet<string>, spans: readonly Bounds[]): Deal[] {
  const won: Deal[] = [];
  for (const d of data.deals) {
    if (d.outcome !== 'won' || d.closedAt === null || d.ownerId === null || !ownerIds.has(d.ownerId)) continue;
    const at = d.closedAt;
    if (spans.some((s) => at >= s.start && at < s.end)) won.push(d);
  }
  return won;
}

/** Those won deals closing in `bounds`, by segment (null: "(no value)"). */
export function segmentTotals(won: readonly Deal[], bounds: Bounds, cut: SegmentCut): Map<string | null, SegmentWon> {
  const bySegment = new Map<string | null, SegmentWon>();
  for (const d of won) {
    if (d.closedAt === null || d.closedAt < bounds.start || d.closedAt >= bounds.end) continue;
    const key = segmentKeyOf(d, cut);
    let won = bySegment.get(key);
    if (won === undefined) bySegment.set(key, (won = emptyWon()));
    won.wonCount++;
    won.deals.push(d);
    if (d.amount === null) won.wonAmountUnknown++;
    else won.wonAmount += d.amount;
  }
  return bySegment;
}
