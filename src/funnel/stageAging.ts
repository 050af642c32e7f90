import type { Deal, Pipeline } from '../domain/portal';
import type { FunnelSettings } from '../settings/settingsSchema';
import { DAY_MS } from './cohortTally';
import { percentileInc } from './percentileInc';
import { wonDaysInStage } from './wonDaysInStage';

/**
 * Stage aging (kpi-spec §5): an open deal is stalled when it has sat in its stage longer than
 * most won deals did. Days are elapsed 24-hour days, fractional; the card rounds.
 */

/**
 * The stalled line of every open stage of the pipeline, in one pass over the deals: the
 * PERCENTILE.INC at `stalledPercentile` of won deals' days in the stage; null (no line, no
 * flag) with fewer than `stalledMinWonDeals` samples.
 */
export function stalledLines(pipeline: Pipeline, deals: readonly Deal[], funnel: FunnelSettings): Map<string, number | null> {
  const lines = new Map<string, number | null>();
  for (const [stageId, days] of wonDaysInStage(pipeline, deals)) {
    lines.set(stageId, days.length < funnel.stalledMinWonDeals ? null : percentileInc(days, funnel.stalledPercentile));
  }
  return lines;
}

/** The stalled line of one stage; null for too few won deals or a stage that is not open in the pipeline. */
export function stalledLineDays(pipeline: Pipeline, stageId: string, deals: readonly Deal[], funnel: FunnelSettings): number | null {
  return stalledLines(pipeline, deals, funnel).get(stageId) ?? null;
}

/**
 * Days an open deal has been in its current stage; null when it is not open or HubSpot has no
 * entry time for the stage. An entry time slightly after `now` (clocks differ) counts as 0.
 */
export function daysInStage(deal: Deal, now: number): number | null {
  if (deal.outcome !== 'open' || deal.stageId === null) return null;
  const at = deal.stageEnteredAt[deal.stageId];
  if (at === undefined || !Number.isFinite(at)) return null;
  return Math.max(0, now - at) / DAY_MS;
}

/**
 * Whether the deal is stalled: open and in its stage for longer than the line. A closed deal
 * is never stalled; null when it cannot be told (no line, unknown days or unknown outcome).
 */
export function isStalled(deal: Deal, lineDays: number | null, now: number): boolean | null {
  if (deal.outcome === 'won' || deal.outcome === 'lost') return false;
  const days = daysInStage(deal, now);
  if (lineDays === null || days === null) return null;
  return days > lineDays;
}
