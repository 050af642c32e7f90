import { nextDealEffect } from '../../src/commission/nextDealEffect';
import { defaultSettings } from '../../src/settings/defaultSettings';

const defaults = defaultSettings().commission;

describe('nextDealEffect: what the next deal adds (kpi-spec §7)', () => {
  it('adds 5% of a deal that stays below 120% of target', () => {
    const effect = nextDealEffect(60_000, 20_000, 100_000, defaults);
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.commissionNow).toBeCloseTo(3_000);
    expect(effect.value.commissionAfter).toBeCloseTo(4_000);
    expect(effect.value.commissionAdded).toBeCloseTo(1_000);
    expect(effect.value.attainmentNow).toBeCloseTo(0.6);
    expect(effect.value.attainmentAfter).toBeCloseTo(0.8);
  });

  it('pays the upper rate on the part of a deal that crosses 120%', () => {
    // 110,000 → 140,000: 10,000 at 5% + 20,000 at 6% = 500 + 1,200
    const effect = nextDealEffect(110_000, 30_000, 100_000, defaults);
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.commissionAdded).toBeCloseTo(1_700);
  });

  it('shows the jump of a retroactive plan when the deal reaches the next tier', () => {
    // 110,000 × 5% = 5,500 → 130,000 × 6% = 7,800
    const effect = nextDealEffect(110_000, 20_000, 100_000, { ...defaults, mode: 'retroactive' });
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.commissionAdded).toBeCloseTo(2_300);
  });

  it('adds only what is left under the cap', () => {
    const effect = nextDealEffect(100_000, 50_000, 100_000, { ...defaults, cap: 6_500 });
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.commissionAdded).toBeCloseTo(1_500);
  });

  it('passes on the missing-target error', () => {
    expect(nextDealEffect(10_000, 5_000, null, defaults).ok).toBe(false);
  });
});
