import fc from 'fast-check';
import type { FrozenForecast } from '../../src/domain/frozenForecast';
import type { ForecastStore } from '../../src/store/forecastStore';

const Q3_START = Date.parse('2026-07-01T00:00:00Z');
const HOUR = 3_600_000;

/** What a forecast store factory hands the contract suite. */
export interface ForecastStoreHarness {
  store: ForecastStore;
  close(): Promise<void>;
}

const owner = (subjectId: string, period: string, amount: number, frozenAt: number, source: FrozenForecast['source'] = 'weighted_pipeline'): FrozenForecast => ({
  subjectKind: 'owner',
  subjectId,
  period,
  amount,
  frozenAt,
  source,
});

/** The behaviour every ForecastStore has (kpi-spec §4, forecast_accuracy), given a factory opening a fresh, empty one. */
export function forecastStoreContract(open: () => Promise<ForecastStoreHarness>): void {
  let h: ForecastStoreHarness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => h.close());

  it('keeps the first freeze with when and how it was taken: a re-run later in the quarter does not move it', async () => {
    const first = await h.store.freezeForecast(3, owner('li', '2026-Q3', 480_000, Q3_START));
    const rerun = await h.store.freezeForecast(3, owner('li', '2026-Q3', 650_000, Q3_START + 30 * 24 * HOUR, 'entered'));
    const frozen = owner('li', '2026-Q3', 480_000, Q3_START);
    expect(first).toEqual({ ok: true, value: frozen });
    expect(rerun).toEqual({ ok: true, value: frozen });
    expect(await h.store.list(3)).toEqual([frozen]);
  });

  it('keeps the first of any sequence of freezes', async () => {
    let nextOwner = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 10_000_000 }), { minLength: 1, maxLength: 6 }), async (amounts) => {
        const ownerId = `owner-${nextOwner++}`;
        for (const [i, amount] of amounts.entries()) await h.store.freezeForecast(3, owner(ownerId, '2026-Q4', amount, Q3_START + i * HOUR));
        const frozen = (await h.store.list(3)).find((f) => f.subjectId === ownerId);
        expect(frozen?.amount).toBe(amounts[0]);
        expect(frozen?.frozenAt).toBe(Q3_START);
      }),
      { numRuns: 40 },
    );
  });

  it('lets one of five freezes at once win, and every caller gets the winner', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => h.store.freezeForecast(3, owner('zhao', '2026-Q3', i * 100_000, Q3_START + i))));
    const [inForce] = await h.store.list(3);
    expect([1, 2, 3, 4, 5].map((i) => i * 100_000)).toContain(inForce?.amount);
    expect(results).toEqual(results.map(() => ({ ok: true, value: inForce })));
  });

  it('keeps a forecast of 0: zero is a forecast, unknown is no row', async () => {
    await h.store.freezeForecast(3, owner('li', '2026-Q3', 0, Q3_START));
    expect(await h.store.list(3)).toEqual([owner('li', '2026-Q3', 0, Q3_START)]);
  });

  it('freezes each subject kind, subject, period and portal separately, in canonical period spelling', async () => {
    await h.store.freezeForecast(3, owner('7', '2026q3', 480_000, Q3_START));
    await h.store.freezeForecast(3, { ...owner('7', '2026-Q3', 900_000, Q3_START), subjectKind: 'team' });
    await h.store.freezeForecast(3, { ...owner('portal', '2026-Q3', 2_000_000, Q3_START), subjectKind: 'portal' });
    await h.store.freezeForecast(3, owner('7', '2026-07', 150_000, Q3_START));
    await h.store.freezeForecast(4, owner('7', '2026-Q3', 90_000, Q3_START));
    const amounts = (await h.store.list(3)).map((f) => [f.subjectKind, f.subjectId, f.period, f.amount]);
    expect(amounts).toEqual([
      ['owner', '7', '2026-07', 150_000],
      ['owner', '7', '2026-Q3', 480_000],
      ['portal', 'portal', '2026-Q3', 2_000_000],
      ['team', '7', '2026-Q3', 900_000],
    ]);
    expect((await h.store.list(4)).map((f) => f.amount)).toEqual([90_000]);
  });

  it('refuses a negative or non-finite amount, an unreadable period, an unknown kind or source, and a bad portal', async () => {
    const bad: [number, FrozenForecast][] = [
      [3, owner('li', '2026-Q3', -1, Q3_START)],
      [3, owner('li', '2026-Q3', Number.NaN, Q3_START)],
      [3, owner('li', '2026-Q3', Number.POSITIVE_INFINITY, Q3_START)],
      [3, owner('li', 'soon', 100, Q3_START)],
      [3, { ...owner('li', '2026-Q3', 100, Q3_START), subjectKind: 'region' as never }],
      [3, { ...owner('li', '2026-Q3', 100, Q3_START), source: 'guess' as never }],
      [0, owner('li', '2026-Q3', 100, Q3_START)],
    ];
    for (const [portalId, forecast] of bad) {
      const r = await h.store.freezeForecast(portalId, forecast);
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await h.store.list(3)).toEqual([]);
  });
}
