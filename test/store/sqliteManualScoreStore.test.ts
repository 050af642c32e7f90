import { openSqliteStore, type SqliteStore } from '../../src/store/sqliteStore';
import { manualClock } from './settingsStoreContract';

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ path: ':memory:', now: manualClock().now });
});
afterEach(() => store.close());

describe('manual scores (kpi-spec §2)', () => {
  it('stores a customer-satisfaction score per owner and period, and replaces it when set again', async () => {
    expect((await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 78 })).ok).toBe(true);
    await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 });
    expect(await store.manualScores.list(1, { ownerId: 'li' })).toEqual([{ ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 }]);
  });

  it('keeps the 360 sources of one score apart (kpi-spec §6)', async () => {
    await store.manualScores.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 90, source: 'self' });
    await store.manualScores.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 75, source: 'manager' });
    await store.manualScores.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 60, source: 'customer' });
    await store.manualScores.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 70 });
    const all = await store.manualScores.list(1, { key: 'review360' });
    expect(all.map((s) => [s.source ?? 'none', s.score])).toEqual([
      ['none', 70],
      ['customer', 60],
      ['manager', 75],
      ['self', 90],
    ]);
    expect(await store.manualScores.list(1, { source: 'customer' })).toEqual([
      { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 60, source: 'customer' },
    ]);
  });

  it('lists by owner, period and key, each filter narrowing the list', async () => {
    await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q2', score: 70 });
    await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 });
    await store.manualScores.set(1, { ownerId: 'wang', key: 'csat', period: '2026-Q3', score: 90 });
    await store.manualScores.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-Q3', score: 100 });
    expect(await store.manualScores.list(1)).toHaveLength(4);
    expect((await store.manualScores.list(1, { period: '2026q3' })).map((s) => s.score)).toEqual([80, 100, 90]);
    expect((await store.manualScores.list(1, { ownerId: 'wang', key: 'csat' })).map((s) => s.score)).toEqual([90]);
    expect(await store.manualScores.list(1, { period: 'next quarter' })).toEqual([]);
  });

  it('never shows one portal the scores of another', async () => {
    await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 });
    expect(await store.manualScores.list(2)).toEqual([]);
  });

  it('refuses scores outside 0–100 and labels that are not periods', async () => {
    for (const bad of [{ score: 101 }, { score: -5 }, { score: Number.NaN }, { period: 'Q3' }, { ownerId: '' }]) {
      const r = await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await store.manualScores.list(1)).toEqual([]);
  });

  it('accepts the ends of the scale: a 0 is a score, not a missing one', async () => {
    await store.manualScores.set(1, { ownerId: 'li', key: 'compliance', period: '2026-07', score: 0 });
    await store.manualScores.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-07', score: 100 });
    expect((await store.manualScores.list(1)).map((s) => s.score)).toEqual([0, 100]);
  });
});
