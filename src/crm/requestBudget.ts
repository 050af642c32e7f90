import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is waiting on a HubSpot call, and until when. A card's read is `interactive` and is
 * served before any `background` work (the sync, the alert scan), so a running sync never
 * delays a card; its `deadline` (epoch ms) is the surface's overall budget, kept well under
 * hubspot.fetch's timeout, past which the read gives up with a typed error instead of
 * leaving the card hanging.
 */
export type RequestPriority = 'interactive' | 'background';

export interface RequestBudget {
  priority: RequestPriority;
  /**
   * Epoch ms on the wall clock, whatever clock the caller's business logic runs on: a budget
   * is real waiting time, and only durations are compared with it. null: no overall deadline
   * (the CLI, the sync's own pages).
   */
  deadline: number | null;
}

const NO_BUDGET: RequestBudget = { priority: 'interactive', deadline: null };
const current = new AsyncLocalStorage<RequestBudget>();

/**
 * Runs `work` with this budget for every HubSpot call made inside it, however deep: the
 * loaders and the gateway need not pass it along, and a call started outside any budget
 * (a test, the CLI) keeps today's behaviour.
 */
export function withRequestBudget<T>(budget: RequestBudget, work: () => Promise<T>): Promise<T> {
  return current.run(budget, work);
}

export const currentRequestBudget = (): RequestBudget => current.getStore() ?? NO_BUDGET;

/** Milliseconds left before the budget's deadline; Infinity without one. */
export function remainingMs(budget: { deadline: number | null }): number {
  return budget.deadline === null ? Number.POSITIVE_INFINITY : budget.deadline - Date.now();
}

/**
 * A card's whole read: under hubspot.fetch's default 15 s timeout (design.md "HubSpot facts")
 * with room for the answer to travel, so the card shows "try again" rather than HubSpot's own
 * timeout error.
 */
export const INTERACTIVE_BUDGET_MS = 12_000;

export const interactiveBudget = (): RequestBudget => ({ priority: 'interactive', deadline: Date.now() + INTERACTIVE_BUDGET_MS });

/** How long past its deadline a surface may take to say so: the time to build the error answer. */
export const DEADLINE_GRACE_MS = 250;

/**
 * Runs `work` within `budget` and settles by the deadline (plus DEADLINE_GRACE_MS) whatever
 * happens below: a call that ignores the budget (a store or SDK path without a per-call
 * timeout) cannot keep the surface waiting, it answers `late()` instead. The work is not
 * cancelled; its result, if it ever comes, is dropped.
 */
export function settleWithinBudget<T>(budget: RequestBudget, work: () => Promise<T>, late: () => T): Promise<T> {
  const running = withRequestBudget(budget, work);
  if (budget.deadline === null) return running;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), Math.max(0, remainingMs(budget)) + DEADLINE_GRACE_MS);
    timer.unref();
  });
  return Promise.race([running, expired]).finally(() => clearTimeout(timer));
}
