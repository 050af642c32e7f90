import type { Pool } from 'pg';
import { deadlineExceeded } from '../crm/crmError';
import { HUBSPOT_RATE_LIMITS, type PortalLimiter, type RateLimits, type RequestCategory } from '../crm/portalLimiter';
import type { RequestPriority } from '../crm/requestBudget';
import { remainingMs } from '../crm/requestBudget';
import type { LimiterTicket } from '../crm/slidingWindowLimiter';

interface Waiter {
  category: RequestCategory;
  ticket: LimiterTicket;
  resolve: () => void;
  reject: (error: Error) => void;
}

const ANY_TIME: LimiterTicket = { priority: 'interactive', deadline: null };

export interface PgPortalLimiterOptions {
  sleep?: (ms: number) => Promise<void>;
}

/**
 * HubSpot's per-account limits shared by every backend on one PostgreSQL database: the same
 * rolling windows as the in-process limiter (portalLimiter.ts), kept as grant rows in the
 * database and decided by `kpi_take_slot` (pgMigrations.ts), so N backends together stay under
 * 5 searches per 1,150 ms and the general limit. Within a process, callers queue interactive
 * first and then in arrival order, and only the head asks the database, so one process never
 * races itself; across processes, an interactive waiter's mark holds background calls back.
 * A caller whose slot cannot come before its deadline is rejected with deadline_exceeded.
 */
export function pgPortalLimiter(pool: Pool, portalId: number, limits: RateLimits = HUBSPOT_RATE_LIMITS, options: PgPortalLimiterOptions = {}): PortalLimiter {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const lanes: Record<RequestPriority, Waiter[]> = { interactive: [], background: [] };
  let pumping = false;

  const takeSlot = async (w: Waiter): Promise<number> => {
    const search = w.category === 'search';
    const r = await pool.query<{ wait: number }>('SELECT kpi_take_slot($1, $2, $3, $4, $5) AS wait', [
      portalId,
      search ? ['search', 'general'] : ['general'],
      search ? [limits.searchPerWindow, limits.generalPerWindow] : [limits.generalPerWindow],
      search ? [limits.searchWindowMs, limits.generalWindowMs] : [limits.generalWindowMs],
      w.ticket.priority === 'interactive',
    ]);
    return Number(r.rows[0]?.wait ?? 0);
  };

  const expire = (): void => {
    for (const lane of Object.values(lanes)) {
      for (let i = lane.length - 1; i >= 0; i--) {
        const w = lane[i] as Waiter;
        if (remainingMs(w.ticket) < 0) {
          lane.splice(i, 1);
          w.reject(deadlineExceeded('no rate-limit slot before the deadline'));
        }
      }
    }
  };

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        expire();
        const lane = lanes.interactive.length > 0 ? lanes.interactive : lanes.background;
        const head = lane[0];
        if (head === undefined) return;
        const wait = await takeSlot(head).catch((error: unknown) => {
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
        } else {
          await sleep(wait);
        }
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(category, ticket = ANY_TIME) {
      return new Promise<void>((resolve, reject) => {
        lanes[ticket.priority].push({ category, ticket, resolve, reject });
        if (!pumping) void pump();
      });
    },
  };
}
