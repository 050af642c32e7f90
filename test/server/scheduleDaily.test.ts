import { scheduleDaily } from '../../src/server/scheduleDaily';

/** A hand-driven clock and timer: the test decides when time passes and when the timer fires. */
function fakeTime(start: number) {
  let now = start;
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  return {
    now: () => now,
    advance: (ms: number) => void (now += ms),
    timers,
    setTimer: (callback: () => void, ms: number) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => void ((timer as { cleared: boolean }).cleared = true),
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const SIX_AM_SHANGHAI = Date.UTC(2026, 0, 14, 22, 0, 0); // 06:00 on 15 Jan in Shanghai

describe('scheduleDaily', () => {
  it('waits until 07:00 portal time, runs, then waits a day for the next run', async () => {
    const time = fakeTime(SIX_AM_SHANGHAI);
    const runs: number[] = [];
    const schedule = scheduleDaily({
      at: '07:00',
      timeZone: async () => 'Asia/Shanghai',
      run: async () => void runs.push(time.now()),
      now: time.now,
      onError: (e) => {
        throw e;
      },
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });
    await schedule.ready;
    expect(time.timers).toHaveLength(1);
    expect(time.timers[0]?.ms).toBe(3_600_000);
    expect(schedule.nextAt()).toBe(SIX_AM_SHANGHAI + 3_600_000);

    time.advance(3_600_000);
    time.timers[0]?.callback();
    await flush();
    expect(runs).toEqual([SIX_AM_SHANGHAI + 3_600_000]);
    expect(time.timers[1]?.ms).toBe(86_400_000);
    schedule.stop();
    expect(time.timers[1]?.cleared).toBe(true);
    expect(schedule.nextAt()).toBeNull();
  });

  it('keeps going after a failed run, and reports the failure', async () => {
    const time = fakeTime(SIX_AM_SHANGHAI);
    const errors: unknown[] = [];
    const schedule = scheduleDaily({
      at: '07:00',
      timeZone: async () => 'Asia/Shanghai',
      run: async () => {
        throw new Error('HubSpot down');
      },
      now: time.now,
      onError: (e) => void errors.push(e),
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });
    await flush();
    time.advance(3_600_000);
    time.timers[0]?.callback();
    await flush();
    expect(errors).toEqual([new Error('HubSpot down')]);
    expect(time.timers).toHaveLength(2);
    schedule.stop();
  });

  it('follows the time zone the settings give at each wait', async () => {
    const time = fakeTime(Date.UTC(2026, 0, 15, 5, 0, 0)); // 05:00 UTC = 13:00 Shanghai
    let zone = 'UTC';
    const schedule = scheduleDaily({
      at: '07:00',
      timeZone: async () => zone,
      run: async () => void (zone = 'Asia/Shanghai'),
      now: time.now,
      onError: (e) => {
        throw e;
      },
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });
    await flush();
    expect(time.timers[0]?.ms).toBe(2 * 3_600_000); // 07:00 UTC
    time.advance(2 * 3_600_000);
    time.timers[0]?.callback();
    await flush();
    // 07:00 UTC = 15:00 Shanghai; the next 07:00 Shanghai is 23:00 UTC the same day.
    expect(time.timers[1]?.ms).toBe(16 * 3_600_000);
    schedule.stop();
  });
});
