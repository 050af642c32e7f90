import { deadlineExceeded } from './crmError';
import type { RequestPriority } from './requestBudget';
import { remainingMs } from './requestBudget';

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

/** Who waits for a slot: interactive tickets are served before background ones, each lane in arrival order. */
export interface LimiterTicket {
  priority: RequestPriority;
  /** Wall-clock epoch ms past which the caller no longer wants the slot (src/crm requestBudget); null: waits as long as it takes. */
  deadline: number | null;
}

export interface WindowLimiter {
  /**
   * Resolves when every given window has a free slot, and takes one slot in each; rejects with
   * a deadline_exceeded CrmError as soon as the slot cannot come before the ticket's deadline.
   */
  acquire(windows: readonly SlidingWindow[], ticket?: LimiterTicket): Promise<void>;
}

interface Waiter {
  windows: readonly SlidingWindow[];
  ticket: LimiterTicket;
  resolve: () => void;
  reject: (error: Error) => void;
}

const ANY_TIME: LimiterTicket = { priority: 'interactive', deadline: null };

export function createWindowLimiter(clock: () => number, sleep: (ms: number) => Promise<void>): WindowLimiter {
  const lanes: Record<RequestPriority, Waiter[]> = { interactive: [], background: [] };
  let pumping = false;

  const waitOf = (w: Waiter, now: number) => Math.max(0, ...w.windows.map((x) => waitFor(x, now)));
  const lateBy = (w: Waiter, wait: number) => remainingMs(w.ticket) < wait;

  /** Drops every waiter whose deadline has passed, so none waits behind others past its budget. */
  function expire(): void {
    for (const lane of Object.values(lanes)) {
      for (let i = lane.length - 1; i >= 0; i--) {
        const w = lane[i] as Waiter;
        if (lateBy(w, 0)) {
          lane.splice(i, 1);
          w.reject(deadlineExceeded('no rate-limit slot before the deadline'));
        }
      }
    }
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        const now = clock();
        expire();
        const lane = lanes.interactive.length > 0 ? lanes.interactive : lanes.background;
        const head = lane[0];
        if (head === undefined) return;
        const wait = waitOf(head, now);
        if (wait === 0) {
          for (const w of head.windows) w.granted.push(now);
          lane.shift();
          head.resolve();
        } else if (lateBy(head, wait)) {
          lane.shift();
          head.reject(deadlineExceeded('no rate-limit slot before the deadline'));
        } else {
          await sleep(wait);
        }
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(windows, ticket = ANY_TIME) {
      return new Promise<void>((resolve, reject) => {
        lanes[ticket.priority].push({ windows, ticket, resolve, reject });
        if (!pumping) void pump();
      });
    },
  };
}
