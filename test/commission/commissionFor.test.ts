import fc from 'fast-check';
import { commissionFor } from '../../src/commission/commissionFor';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { CommissionSettings } from '../../src/settings/settingsSchema';

const defaults = defaultSettings().commission;

function amount(revenue: number, target: number | null, settings: CommissionSettings): number {
  const result = commissionFor(revenue, target, settings);
  if (!result.ok) throw new Error(result.error);
  return result.value.commission;
}

describe('commissionFor: the default plan (kpi-spec §7, §8)', () => {
  it('pays 5% up to 120% of target and 6% above: 150,000 on 100,000 earns 7,800', () => {
    const result = commissionFor(150_000, 100_000, defaults);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.tiers).toEqual([
      { from: 0, rate: 0.05, revenue: 120_000, commission: 6_000 },
      { from: 1.2, rate: 0.06, revenue: 30_000, commission: expect.closeTo(1_800, 6) },
    ]);
    expect(result.value.commission).toBeCloseTo(7_800);
    expect(result.value.attainment).toBeCloseTo(1.5);
    expect(result.value.capped).toBe(false);
  });

  it('pays 5% on everything below 120%: 80,000 earns 4,000 and nothing in the upper tier', () => {
    const result = commissionFor(80_000, 100_000, defaults);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.commission).toBeCloseTo(4_000);
    expect(result.value.tiers[1]).toEqual({ from: 1.2, rate: 0.06, revenue: 0, commission: 0 });
  });

  it('re-rates all revenue when retroactive: 150,000 × 6% = 9,000', () => {
    expect(amount(150_000, 100_000, { ...defaults, mode: 'retroactive' })).toBeCloseTo(9_000);
    expect(amount(119_999, 100_000, { ...defaults, mode: 'retroactive' })).toBeCloseTo(5_999.95);
    expect(amount(120_000, 100_000, { ...defaults, mode: 'retroactive' })).toBeCloseTo(7_200);
  });

  it('stops at the cap and says so', () => {
    const result = commissionFor(150_000, 100_000, { ...defaults, cap: 7_000 });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.commission).toBe(7_000);
    expect(result.value.uncapped).toBeCloseTo(7_800);
    expect(result.value.capped).toBe(true);
  });

  it('refuses to guess without a target when a tier starts above 0', () => {
    const result = commissionFor(150_000, null, defaults);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/no target/);
    expect(commissionFor(150_000, 0, defaults).ok).toBe(false);
  });

  it('needs no target for a flat rate from 0', () => {
    const flat: CommissionSettings = { mode: 'marginal', tiers: [{ from: 0, rate: 0.04 }], cap: null };
    expect(amount(50_000, null, flat)).toBeCloseTo(2_000);
  });

  it('reads tiers in ascending order whatever order they are given in', () => {
    const reversed: CommissionSettings = { ...defaults, tiers: [...defaults.tiers].reverse() };
    expect(amount(150_000, 100_000, reversed)).toBeCloseTo(7_800);
  });

  it('refuses negative or non-finite revenue', () => {
    expect(commissionFor(-1, 100_000, defaults).ok).toBe(false);
    expect(commissionFor(Number.NaN, 100_000, defaults).ok).toBe(false);
  });
});

describe('commissionFor: invariants', () => {
  const ascendingTiers = fc
    .uniqueArray(fc.double({ min: 0.01, max: 3, noNaN: true }), { maxLength: 4 })
    .chain((froms) =>
      fc.tuple(
        fc.constant([0, ...[...froms].sort((a, b) => a - b)]),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: froms.length + 1, maxLength: froms.length + 1 }),
      ),
    );
  const revenue = fc.double({ min: 0, max: 1e7, noNaN: true });
  const target = fc.double({ min: 1, max: 1e7, noNaN: true });
  const cap = fc.option(fc.double({ min: 1, max: 1e6, noNaN: true }), { nil: null });

  it('never pays less for more revenue under marginal tiers, never negative, never above the cap', () => {
    fc.assert(
      fc.property(ascendingTiers, revenue, revenue, target, cap, ([froms, rates], a, b, t, c) => {
        const settings: CommissionSettings = { mode: 'marginal', tiers: froms.map((from, i) => ({ from, rate: rates[i] ?? 0 })), cap: c };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowPay = amount(low, t, settings);
        const highPay = amount(high, t, settings);
        expect(highPay).toBeGreaterThanOrEqual(lowPay - 1e-6);
        expect(lowPay).toBeGreaterThanOrEqual(0);
        if (c !== null) expect(highPay).toBeLessThanOrEqual(c);
      }),
    );
  });

  it('never pays less for more revenue under retroactive tiers whose rates ascend', () => {
    fc.assert(
      fc.property(ascendingTiers, revenue, revenue, target, cap, ([froms, rates], a, b, t, c) => {
        const sortedRates = [...rates].sort((x, y) => x - y);
        const settings: CommissionSettings = { mode: 'retroactive', tiers: froms.map((from, i) => ({ from, rate: sortedRates[i] ?? 0 })), cap: c };
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(amount(high, t, settings)).toBeGreaterThanOrEqual(amount(low, t, settings) - 1e-6);
        expect(amount(low, t, settings)).toBeGreaterThanOrEqual(0);
        if (c !== null) expect(amount(high, t, settings)).toBeLessThanOrEqual(c);
      }),
    );
  });

  it('splits all revenue across the marginal tiers when the first starts at 0', () => {
    fc.assert(
      fc.property(ascendingTiers, revenue, target, ([froms, rates], r, t) => {
        const settings: CommissionSettings = { mode: 'marginal', tiers: froms.map((from, i) => ({ from, rate: rates[i] ?? 0 })), cap: null };
        const result = commissionFor(r, t, settings);
        if (!result.ok) throw new Error(result.error);
        const covered = result.value.tiers.reduce((acc, line) => acc + line.revenue, 0);
        expect(covered).toBeCloseTo(r, 2);
      }),
    );
  });
});
