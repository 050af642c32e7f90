import fc from 'fast-check';
import type { ManualScore } from '../../src/domain/portal';
import type { ManualScoreStore, ScoreAuthor } from '../../src/store/manualScoreStore';

/** What a store factory hands the contract suite; `now` is the clock the store must stamp entries with. */
export interface ManualScoreStoreHarness {
  store: ManualScoreStore;
  close(): Promise<void>;
}

const CHEN: ScoreAuthor = { name: 'Chen Jing', userId: 51000010 };
const LI: ScoreAuthor = { name: 'Li Wei', userId: 51000011 };

/**
 * The behaviour every ManualScoreStore keeps (kpi-spec §2, §6): scores per owner, period, key
 * and source; a correction is a new revision and the entry it corrects stays, with who and when.
 */
export function manualScoreStoreContract(open: (now: () => number) => Promise<ManualScoreStoreHarness>): void {
  let t = Date.parse('2026-10-05T01:00:00.000Z');
  const clock = () => t;
  let h: ManualScoreStoreHarness;
  let store: ManualScoreStore;
  beforeEach(async () => {
    h = await open(clock);
    store = h.store;
  });
  afterEach(() => h.close());

  it('stores a customer-satisfaction score per owner and period, and a second entry corrects it', async () => {
    expect((await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 78 }, CHEN)).ok).toBe(true);
    t += 60_000;
    const second = await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 }, CHEN);
    expect(await store.list(1, { ownerId: 'li' })).toEqual([{ ownerId: 'li', key: 'csat', period: '2026-Q3', score: 84 }]);
    expect(second.ok && second.value.replaced).toMatchObject({ score: 78, revision: 1, enteredBy: CHEN });
    expect(second.ok && second.value.entry).toMatchObject({ score: 84, revision: 2, enteredAt: t });
  });

  it('keeps every entry, who made it and when, oldest first', async () => {
    const start = t;
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 90, source: 'self' }, LI);
    t += 1000;
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 70, source: 'manager' }, CHEN);
    t += 1000;
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 75, source: 'manager' }, CHEN);
    const history = await store.history(1, { ownerId: 'li' });
    expect(history.map((e) => [e.source, e.score, e.revision, e.enteredBy.name, e.enteredAt])).toEqual([
      ['manager', 70, 1, 'Chen Jing', start + 1000],
      ['manager', 75, 2, 'Chen Jing', start + 2000],
      ['self', 90, 1, 'Li Wei', start],
    ]);
    expect(await store.history(1, { source: 'self' })).toHaveLength(1);
  });

  it('keeps the 360 sources of one score apart (kpi-spec §6)', async () => {
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 90, source: 'self' }, LI);
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 75, source: 'manager' }, CHEN);
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 60, source: 'customer' }, CHEN);
    await store.set(1, { ownerId: 'li', key: 'review_360', period: '2026-Q3', score: 70 }, CHEN);
    const all = await store.list(1, { key: 'review_360' });
    expect(all.map((s) => [s.source ?? 'none', s.score])).toEqual([
      ['none', 70],
      ['customer', 60],
      ['manager', 75],
      ['self', 90],
    ]);
  });

  it('lists by owner, period and key, each filter narrowing the list, periods in any spelling', async () => {
    await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q2', score: 70 }, CHEN);
    await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 }, CHEN);
    await store.set(1, { ownerId: 'wang', key: 'csat', period: '2026-Q3', score: 90 }, CHEN);
    await store.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-Q3', score: 100 }, CHEN);
    expect(await store.list(1)).toHaveLength(4);
    expect((await store.list(1, { period: '2026q3' })).map((s) => s.score)).toEqual([80, 100, 90]);
    expect((await store.list(1, { ownerId: 'wang', key: 'csat' })).map((s) => s.score)).toEqual([90]);
    expect(await store.list(1, { period: 'next quarter' })).toEqual([]);
    expect(await store.history(1, { period: 'next quarter' })).toEqual([]);
  });

  it('never shows one portal the scores of another', async () => {
    await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 }, CHEN);
    expect(await store.list(2)).toEqual([]);
    expect(await store.history(2)).toEqual([]);
  });

  it('refuses scores outside 0–100, labels that are not periods and entries that name nobody, keeping nothing', async () => {
    for (const bad of [{ score: 101 }, { score: -5 }, { score: Number.NaN }, { period: 'Q3' }, { ownerId: '' }]) {
      const r = await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80, ...bad }, CHEN);
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    const nobody = await store.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q3', score: 80 }, { name: ' ', userId: null });
    expect(nobody.ok ? null : nobody.error.message).toMatch(/who entered it/);
    expect(await store.list(1)).toEqual([]);
    expect(await store.history(1)).toEqual([]);
  });

  it('accepts the ends of the scale: a 0 is a score, not a missing one', async () => {
    await store.set(1, { ownerId: 'li', key: 'compliance', period: '2026-07', score: 0 }, CHEN);
    await store.set(1, { ownerId: 'wang', key: 'compliance', period: '2026-07', score: 100 }, CHEN);
    expect((await store.list(1)).map((s) => s.score)).toEqual([0, 100]);
  });

  it('the score in force is always the latest entry, and the history holds every entry (property)', async () => {
    const entry = fc.record({
      ownerId: fc.constantFrom('li', 'wang'),
      key: fc.constantFrom('csat', 'compliance'),
      score: fc.integer({ min: 0, max: 100 }),
      source: fc.constantFrom(undefined, 'self', 'manager'),
    });
    let nextPortal = 100;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 12 }), async (entries) => {
        const portalId = (nextPortal += 1);
        const expected = new Map<string, ManualScore>();
        for (const e of entries) {
          const score: ManualScore = { ownerId: e.ownerId, key: e.key, period: '2026-Q3', score: e.score, ...(e.source === undefined ? {} : { source: e.source }) };
          await store.set(portalId, score, CHEN);
          expected.set(`${e.ownerId}|${e.key}|${e.source ?? ''}`, score);
        }
        const inForce = await store.list(portalId);
        expect(inForce).toHaveLength(expected.size);
        for (const s of inForce) expect(expected.get(`${s.ownerId}|${s.key}|${s.source ?? ''}`)).toEqual(s);
        expect(await store.history(portalId)).toHaveLength(entries.length);
      }),
      { numRuns: 25 },
    );
  });
}
