import type { Bounds } from '../domain/period';

const DAY_MS = 86_400_000;

/**
 * The history behind the deal card's stalled line and win chance: the pipeline's deals closed
 * in the last 365 days. A year covers every season and gives most stages their 10 won deals,
 * while a sales process that changed two years ago no longer sets today's expectations.
 */
export const DEAL_HISTORY_DAYS = 365;

/**
 * The closedate window of that history: `days` whole UTC days up to the last UTC midnight, so
 * it is the same all day and the gateway reads (and caches) it once a day per pipeline
 * (src/crm loadDealCard uses the same rule).
 */
export function dealHistoryWindow(now: number, days: number): Bounds {
  const end = Math.floor(now / DAY_MS) * DAY_MS;
  return { start: end - days * DAY_MS, end };
}
