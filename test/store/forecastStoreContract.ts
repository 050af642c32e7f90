import fc from 'fast-check';
import type { ForecastStore } from '../../src/store/forecastStore';

const Q3_START = Date.parse('2026-07-01T00:00:00Z');
const HOUR = 3_600_000;

/** What a forecast store factory hands the contract suite. */
export interface ForecastStoreHarness {
  store: ForecastStore;
  close(): Promise<void>;
}

/** The behaviour every ForecastStore has (kpi-spec §4, forecast_accuracy), given a factory opening a fresh, empty one. */
export function forecastStoreContract(open: () => Promise<ForecastStoreHarness>): void {
  let h: ForecastStoreHarness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => h.close());

  it('keeps the first freeze: a re-run later in the quarter does not move the forecast', async () => {
    const first = await h.store.freezeForecast(3, 'li', '2026-Q3', 480_000, Q3_START);
    const rerun = await h.store.freezeForecast(3, 'li', '2026-Q3', 650_000, Q3_START + 30 * 24 * HOUR);
    const frozen = { portalId: 3, ownerId: 'li', period: '2026-Q3', amount: 480_000, frozenAt: Q3_START };
    expect(first).toEqual({ ok: true, value: frozen });
    expect(rerun).toEqual({ ok: true, value: frozen });
    expect(await h.store.getForecast(3, 'li', '2026-Q3')).toEqual(frozen);
  });

  it('keeps the first of any sequence of freezes', async () => {
    let nextOwner = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 10_000_000 }), { minLength: 1, maxLength: 6 }), async (amounts) => {
        const ownerId = `owner-${nextOwner++}`;
        for (const [i, amount] of amounts.entries()) await h.store.freezeForecast(3, ownerId, '2026-Q4', amount, Q3_START + i * HOUR);
        const frozen = await h.store.getForecast(3, ownerId, '2026-Q4');
        expect(frozen?.amount).toBe(amounts[0]);
        expect(frozen?.frozenAt).toBe(Q3_START);
      }),
      { numRuns: 40 },
    );
  });

  it('lets one of five freezes at once win, and every caller gets the winner', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => h.store.freezeForecast(3, 'zhao', '2026-Q3', i * 100_000, Q3_START + i)));
    const inForce = await h.store.getForecast(3, 'zhao', '2026-Q3');
    expect([1, 2, 3, 4, 5].map((i) => i * 100_000)).toContain(inForce?.amount);
    expect(results).toEqual(results.map(() => ({ ok: true, value: inForce })));
  });

  it('keeps a forecast of 0: zero is a forecast, unknown is no row', async () => {
    await h.store.freezeForecast(3, 'li', '2026-Q3', 0, Q3_START);
    expect((await h.store.getForecast(3, 'li', '2026-Q3'))?.amount).toBe(0);
    expect(await h.store.getForecast(3, 'wang', '2026-Q3')).toBeNull();
  });

  it('freezes each owner, period and portal separately', async () => {
    await h.store.freezeForecast(3, 'li', '2026-Q3', 480_000, Q3_START);
    await h.store.freezeForecast(3, 'li', '2026-07', 150_000, Q3_START);
    await h.store.freezeForecast(4, 'li', '2026-Q3', 90_000, Q3_START);
    expect((await h.store.getForecast(3, 'li', '2026q3'))?.amount).toBe(480_000);
    expect((await h.store.getForecast(3, 'li', '2026-07'))?.amount).toBe(150_000);
    expect((await h.store.getForecast(4, 'li', '2026-Q3'))?.amount).toBe(90_000);
  });

  it('refuses a negative or non-finite amount and an unreadable period', async () => {
    for (const [amount, period] of [[-1, '2026-Q3'], [Number.NaN, '2026-Q3'], [Number.POSITIVE_INFINITY, '2026-Q3'], [100, 'soon']] as const) {
      const r = await h.store.freezeForecast(3, 'li', period, amount, Q3_START);
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await h.store.getForecast(3, 'li', '2026-Q3')).toBeNull();
  });
}
