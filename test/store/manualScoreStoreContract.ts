import type { ManualScoreStore } from '../../src/store/manualScoreStore';

/** What a manual-score store factory hands the contract suite. */
export interface ManualScoreStoreHarness {
  store: ManualScoreStore;
  close(): Promise<void>;
}

/** The behaviour every ManualScoreStore has (kpi-spec §2, §6), given a factory opening a fresh, empty one. */
export function manualScoreStoreContract(open: () => Promise<ManualScoreStoreHarness>): void {
  let h: ManualScoreStoreHarness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => h.close());

  it('stores a customer-satisfaction score per owner and period, and replaces it when set again', async () => {
    expect((await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 78 })).ok).toBe(true);
    await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 });
    expect(await h.store.list(1, { ownerId: 'li' })).toEqual([{ ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 }]);
  });

  it('keeps the 360 sources of one score apart (kpi-spec §6)', async () => {
    await h.store.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 90, source: 'self' });
    await h.store.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 75, source: 'manager' });
    await h.store.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 60, source: 'customer' });
    await h.store.set(1, { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 70 });
    const all = await h.store.list(1, { key: 'review360' });
    expect(all.map((s) => [s.source ?? 'none', s.score])).toEqual([
      ['none', 70],
      ['customer', 60],
      ['manager', 75],
      ['self', 90],
    ]);
    expect(await h.store.list(1, { source: 'customer' })).toEqual([
      { ownerId: 'li', key: 'review360', period: '2026-Q3', score: 60, source: 'customer' },
    ]);
  });

  it('lists by owner, period and key, each filter narrowing the list', async () => {
    await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q2', score: 70 });
    await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 });
    await h.store.set(1, { ownerId: 'wang', key: 'csat', period: '2026-Q3', score: 90 });
    await h.store.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-Q3', score: 100 });
    expect(await h.store.list(1)).toHaveLength(4);
    expect((await h.store.list(1, { period: '2026q3' })).map((s) => s.score)).toEqual([80, 100, 90]);
    expect((await h.store.list(1, { ownerId: 'wang', key: 'csat' })).map((s) => s.score)).toEqual([90]);
    expect(await h.store.list(1, { period: 'next quarter' })).toEqual([]);
  });

  it('never shows one portal the scores of another', async () => {
    await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 });
    expect(await h.store.list(2)).toEqual([]);
  });

  it('refuses scores outside 0–100 and labels that are not periods', async () => {
    for (const bad of [{ score: 101 }, { score: -5 }, { score: Number.NaN }, { period: 'Q3' }, { ownerId: '' }]) {
      const r = await h.store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await h.store.list(1)).toEqual([]);
  });

  it('accepts the ends of the scale: a 0 is a score, not a missing one', async () => {
    await h.store.set(1, { ownerId: 'li', key: 'compliance', period: '2026-07', score: 0 });
    await h.store.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-07', score: 100 });
    expect((await h.store.list(1)).map((s) => s.score)).toEqual([0, 100]);
  });
}
