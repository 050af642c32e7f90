import { deadlineExceeded } from './crmError';
import type { RequestPriority } from './requestBudget';
import { remainingMs } from './requestBudget';

/** Who waits for a slot: interactive tickets are served before background ones, each lane in arrival order. */
export interface LimiterTicket {
  priority: RequestPriority;
  /** Wall-clock epoch ms past which the caller no longer wants the slot (src/crm requestBudget); null: waits as long as it takes. */
  deadline: number | null;
}

export const ANY_TIME: LimiterTicket = { priority: 'interactive', deadline: null };

/**
 * Asks for the head waiter's slot: 0 when it was granted (and recorded), else how long until
 * one may be free. The in-process windows answer at once; the shared one asks the database.
 */
export type TakeSlot<T> = (request: T, ticket: LimiterTicket) => number | Promise<number>;

interface Waiter<T> {
  request: T;
  ticket: LimiterTicket;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The queue in front of a rate limit: only the head asks for a slot, interactive first, so a
 * card's read is never queued behind the sync's pages; a waiter whose slot cannot come before
 * its deadline, or whose deadline passes while it waits, is rejected with deadline_exceeded.
 */
export function priorityLanes<T>(take: TakeSlot<T>, sleep: (ms: number) => Promise<void>): { acquire(request: T, ticket?: LimiterTicket): Promise<void> } {
  const lanes: Record<RequestPriority, Waiter<T>[]> = { interactive: [], background: [] };
  let pumping = false;

  function expire(): void {
    for (const lane of Object.values(lanes)) {
      for (let i = lane.length - 1; i >= 0; i--) {
        const w = lane[i] as Waiter<T>;
        if (remainingMs(w.ticket) >= 0) continue;
        lane.splice(i, 1);
        w.reject(deadlineExceeded('no rate-limit slot before the deadline'));
      }
    }
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        expire();
        const lane = lanes.interactive.length > 0 ? lanes.interactive : lanes.background;
        const head = lane[0];
        if (head === undefined) return;
        const wait = await Promise.resolve()
          .then(() => take(head.request, head.ticket))
          .catch((error: unknown) => {
            lane.shift();
            head.reject(error as Error);
            return null;
          });
        if (wait === null) continue;
        if (wait === 0) {
          lane.shift();
          head.resolve();
        } else if (remainingMs(head.ticket) < wait) {
          lane.shift();
          head.reject(deadlineExceeded('no rate-limit slot before the deadline'));
        } else await sleep(wait);
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire: (request, ticket = ANY_TIME) =>
      new Promise<void>((resolve, reject) => {
        lanes[ticket.priority].push({ request, ticket, resolve, reject });
        if (!pumping) void pump();
      }),
  };
}
