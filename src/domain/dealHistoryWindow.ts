import type { Bounds } from './period';

const DAY_MS = 86_400_000;

/**
 * The history behind the deal card's stalled line and win chance: the pipeline's deals closed
 * in the last 90 days — how the process runs now, not how it ran two reorganisations ago. A
 * longer window is dearer where it hurts: the first card of the day reads it whole (cached
 * after), about 55 searches for 90 days on a 100,000-deal portal against ~200 for a year,
 * which at HubSpot's 5 searches a second would outlast a card's 15-second fetch. Quiet
 * pipelines with fewer than 10 won deals in that time get no stalled line (kpi-spec §5).
 */
export const DEAL_HISTORY_DAYS = 90;

/**
 * The closedate window of that history: `days` whole UTC days up to the last UTC midnight, so
 * it is the same all day and the gateway reads (and caches) it once a day per pipeline
 * (src/crm loadDealCard uses the same rule).
 */
export function dealHistoryWindow(now: number, days: number): Bounds {
  const end = Math.floor(now / DAY_MS) * DAY_MS;
  return { start: end - days * DAY_MS, end };
}
