import { openSqliteStore } from '../../src/store/sqliteStore';
import { tempDbPaths } from './tempDb';

const newPath = tempDbPaths();

describe('the SQLite scan lock', () => {
  it('lets one holder in until it releases, or its lease runs out', async () => {
    let now = 1_000;
    const store = openSqliteStore({ path: ':memory:', now: () => now });
    const lock = store.scanLock;
    expect(await lock.acquire(7, 'scheduler', 60_000)).toBe(true);
    expect(await lock.acquire(7, 'cron', 60_000)).toBe(false);
    expect(await lock.acquire(8, 'cron', 60_000)).toBe(true);
    await lock.release(7, 'cron');
    expect(await lock.acquire(7, 'cron', 60_000)).toBe(false);
    await lock.release(7, 'scheduler');
    expect(await lock.acquire(7, 'cron', 60_000)).toBe(true);
    now += 60_001;
    expect(await lock.acquire(7, 'scheduler', 60_000)).toBe(true);
    store.close();
  });

  it('is shared by two processes on one file (the backend and `kpi alerts scan`)', async () => {
    const path = newPath();
    const backend = openSqliteStore({ path, now: () => 5_000 });
    const cron = openSqliteStore({ path, now: () => 5_000 });
    expect(await backend.scanLock.acquire(7, 'scheduled scan', 600_000)).toBe(true);
    expect(await cron.scanLock.acquire(7, 'kpi alerts scan', 600_000)).toBe(false);
    await backend.scanLock.release(7, 'scheduled scan');
    expect(await cron.scanLock.acquire(7, 'kpi alerts scan', 600_000)).toBe(true);
    backend.close();
    cron.close();
  });
});
