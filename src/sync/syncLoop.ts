import type { PortalSync } from './portalSync';

export interface SyncLoop {
  /** Resolves when the current run (if any) has ended and no further one will start. */
  stop(): Promise<void>;
}

/**
 * Runs the sync now and then every `intervalMs` after each run ends (a slow run is never
 * overlapped by the next). A failed run is reported and retried at the next interval; the
 * mirror keeps serving what it has meanwhile.
 */
export function startSyncLoop(sync: PortalSync, intervalMs: number, onError: (message: string) => void): SyncLoop {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();

  const tick = (): void => {
    current = sync.runOnce().then((status) => {
      if (status.error !== null) onError(status.error);
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await sync.stop();
      await current;
    },
  };
}
