import type { Pool } from 'pg';
import { HUBSPOT_RATE_LIMITS, type PortalLimiter, type RateLimits, type RequestCategory } from '../crm/portalLimiter';
import type { LimiterTicket } from '../crm/priorityLanes';
import { priorityLanes } from '../crm/priorityLanes';

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
  const takeSlot = async (category: RequestCategory, ticket: LimiterTicket): Promise<number> => {
    const search = category === 'search';
    const r = await pool.query<{ wait: number }>('SELECT kpi_take_slot($1, $2, $3, $4, $5) AS wait', [
      portalId,
      search ? ['search', 'general'] : ['general'],
      search ? [limits.searchPerWindow, limits.generalPerWindow] : [limits.generalPerWindow],
      search ? [limits.searchWindowMs, limits.generalWindowMs] : [limits.generalWindowMs],
      ticket.priority === 'interactive',
    ]);
    return Number(r.rows[0]?.wait ?? 0);
  };
  const lanes = priorityLanes(takeSlot, sleep);
  return { acquire: (category, ticket) => lanes.acquire(category, ticket) };
}
