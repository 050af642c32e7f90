import type { LimiterTicket } from './priorityLanes';
import { priorityLanes } from './priorityLanes';

/**
 * In-process sliding windows: at most `limit` grants in any `windowMs` span, the way HubSpot
 * counts its rolling limits (design.md "HubSpot facts": 5 searches a second, 100–190
 * requests per 10 s). A limiter checks several windows at once so that one grant is recorded
 * in all of them at the same instant (the moment the request is really sent). Callers are
 * served interactive first, then in arrival order; time comes from the injected clock and waiting from the injected
 * sleep, so tests run on a fake clock.
 */
export interface SlidingWindow {
  limit: number;
  windowMs: number;
  /** Grant times still inside the window, oldest first. */
  granted: number[];
}

export const slidingWindow = (limit: number, windowMs: number): SlidingWindow => {
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError('a window needs limit ≥ 1 and windowMs > 0');
  return { limit, windowMs, granted: [] };
};

/** Milliseconds until the window has a free slot at `now` (0: free now). */
export function waitFor(window: SlidingWindow, now: number): number {
  const { granted, windowMs, limit } = window;
  while (granted.length > 0 && (granted[0] as number) <= now - windowMs) granted.shift();
  if (granted.length < limit) return 0;
  return (granted[granted.length - limit] as number) + windowMs - now;
}

export type { LimiterTicket } from './priorityLanes';

export interface WindowLimiter {
  /**
   * Resolves when every given window has a free slot, and takes one slot in each; rejects with
   * a deadline_exceeded CrmError as soon as the slot cannot come before the ticket's deadline.
   */
  acquire(windows: readonly SlidingWindow[], ticket?: LimiterTicket): Promise<void>;
}

export function createWindowLimiter(clock: () => number, sleep: (ms: number) => Promise<void>): WindowLimiter {
  return priorityLanes((windows: readonly SlidingWindow[]) => {
    const now = clock();
    const wait = Math.max(0, ...windows.map((w) => waitFor(w, now)));
    if (wait === 0) for (const w of windows) w.granted.push(now);
    return wait;
  }, sleep);
}
