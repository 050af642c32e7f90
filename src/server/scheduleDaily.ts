import { nextRunAt } from './nextRunAt';

export interface DailySchedule {
  /** When the next run is due, epoch ms; null once stopped. */
  nextAt(): number | null;
  /** Settles once the first run is scheduled (the zone is read asynchronously first). */
  ready: Promise<void>;
  stop(): void;
}

export interface DailyScheduleOptions {
  /** "HH:MM" wall-clock time. */
  at: string;
  /** Asked before each wait, so a time-zone change in settings moves the next run. */
  timeZone: () => Promise<string>;
  run: () => Promise<void>;
  now: () => number;
  /** Reports a run (or a time-zone read) that failed; the schedule goes on (with the last zone known). */
  onError: (error: unknown) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Runs `run` every day at `at` in the portal's zone (the scheduled alert scan). The
 * timer is unref'd so it never keeps a process alive on its own, and each wait is computed
 * afresh from the clock, so a long run or a suspended machine does not drift the schedule.
 */
export function scheduleDaily(options: DailyScheduleOptions): DailySchedule {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  let stopped = false;
  let due: number | null = null;
  let timer: unknown = null;
  let lastZone = 'UTC';

  const arm = async (): Promise<void> => {
    const zone = await options.timeZone().catch((error: unknown) => {
      options.onError(error);
      return lastZone;
    });
    lastZone = zone;
    if (stopped) return;
    due = nextRunAt(options.now(), options.at, zone);
    timer = setTimer(() => void fire(), Math.max(0, due - options.now()));
    unref(timer);
  };
  const fire = async (): Promise<void> => {
    await options.run().catch(options.onError);
    if (!stopped) await arm();
  };

  const ready = arm();
  return {
    ready,
    nextAt: () => (stopped ? null : due),
    stop: () => {
      stopped = true;
      if (timer !== null) clearTimer(timer);
    },
  };
}

/** Node's timers can be told not to hold the process open; other timers (tests) are left alone. */
function unref(timer: unknown): void {
  const candidate = timer as { unref?: unknown } | null;
  if (candidate !== null && typeof candidate.unref === 'function') (candidate as { unref(): void }).unref();
}
