import type { LeaseStore } from '../store/leaseStore';
import { runUnderLease } from './runUnderLease';

export interface LeasedLoopOptions {
  leases: LeaseStore;
  /** The job and portal, e.g. "sync:123456". */
  name: string;
  /** This backend process (backendInstanceId). */
  holder: string;
  /** How often each backend tries: the holder runs the job again, the others check whether the holder is gone. */
  everyMs: number;
  /**
   * The lease's term, longer than `everyMs` so the holder keeps it from one run to the next; a
   * holder that dies hands the job on within one term and one interval.
   */
  ttlMs: number;
  /** One run of the job (the sync's runOnce: it resumes from the stored cursor). */
  run: () => Promise<unknown>;
  onError: (error: unknown) => void;
}

export interface LeasedLoop {
  /** One try now: 'ran' when this backend holds the lease and ran the job, else who holds it. */
  tick(): Promise<{ ran: true } | { ran: false; heldBy: string }>;
  /** Stops trying; the lease is released so another backend takes over at its next try. */
  stop(): Promise<void>;
}

/**
 * A job that exactly one of N backends runs over and over (the portal sync, README
 * "Deployment"): every backend tries every `everyMs`, the one holding the lease runs the job
 * and keeps the lease, the others wait for it to expire. Timers are unref'd and a run never
 * overlaps the next try's.
 */
export function leasedLoop(options: LeasedLoopOptions): LeasedLoop {
  if (!(options.ttlMs > options.everyMs)) throw new RangeError('the lease must outlast the interval between tries, or the holder would lose it between runs');
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<unknown> = Promise.resolve();

  const tick = async () => {
    const run = await runUnderLease({ leases: options.leases, name: options.name, holder: options.holder, ttlMs: options.ttlMs, keepAfter: true }, options.run);
    return run.ran ? { ran: true as const } : run;
  };
  const loop = (): void => {
    if (stopped) return;
    current = tick()
      .catch(options.onError)
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(loop, options.everyMs);
        timer.unref();
      });
  };
  loop();

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      await current;
      await options.leases.release(options.name, options.holder);
    },
  };
}
