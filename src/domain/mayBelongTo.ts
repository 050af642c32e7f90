import type { Bounds } from './period';
import type { Deal } from './portal';

/**
 * Whether a deal with a data problem could count in a period, so that the period names it
 * (kpi-spec §2): by its close date, or, when the close date itself cannot be trusted, any
 * period from its creation up to now (nobody can tell which it belongs to until it is fixed);
 * for funnels (§5), any period it could have entered a stage in: created before the period
 * ends, and open, or closed after it starts, or with no close date.
 */
export function mayBelongTo(deal: Deal, b: Bounds, how: { funnel: boolean; closeUnsure: boolean; now: number }): boolean {
  const created = deal.createdAt ?? -Infinity;
  if (how.funnel) return created < b.end && (deal.outcome === 'open' || deal.closedAt === null || deal.closedAt >= b.start);
  if (deal.closedAt !== null && deal.closedAt >= b.start && deal.closedAt < b.end) return true;
  return how.closeUnsure && created < b.end && b.start <= how.now;
}
