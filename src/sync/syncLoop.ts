import type { PortalSync } from './portalSync';
import type { SyncStatus } from './syncStatus';

const FOLLOW_POLL_MS = 2_000;

export interface SyncLoop {
  /** Resolves when the current run (if any) has ended and no further one will start. */
  stop(): Promise<void>;
  /** Runs the next cycle within `soonMs` instead of at the interval (a webhook named changed deals). */
  nudge(soonMs?: number): void;
}

/**
 * Runs the sync now and then every `intervalMs` after each run ends (a slow run is never
 * overlapped by the next). A failed run is reported and retried at the next interval; the
 * mirror keeps serving what it has meanwhile. `step` is one run (several backends on one store
 * pass one that syncs only while holding the sync's lease, and follows the store otherwise).
 */
export function startSyncLoop(sync: PortalSync, intervalMs: number, onError: (message: string) => void, step: () => Promise<SyncStatus> = () => sync.runOnce()): SyncLoop {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let running = false;
  let current: Promise<unknown> = Promise.resolve();
  let nudged = false;

  const schedule = (ms: number): void => {
    if (timer !== null) clearTimeout(timer);
    if (!stopped) timer = setTimeout(tick, ms);
  };
  function tick(): void {
    running = true;
    nudged = false;
    current = step().then((status) => {
      running = false;
      if (status.error !== null) onError(status.error);
      // A backend following another's backfill looks again soon, so it serves as soon as the mirror is ready.
      schedule(nudged ? 0 : status.state === 'backfilling' ? Math.min(intervalMs, FOLLOW_POLL_MS) : intervalMs);
    });
  }
  tick();
  return {
    nudge: (soonMs = 1_000) => {
      // A run under way reads the marked deals at its end, or runs again straight after.
      if (running) nudged = true;
      else schedule(soonMs);
    },
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await sync.stop();
      await current;
    },
  };
}
