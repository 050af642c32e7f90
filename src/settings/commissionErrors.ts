import { fieldError, type FieldError } from './fieldError';
import type { CommissionSettings } from './settingsSchema';

type Tier = CommissionSettings['tiers'][number];

const percent = (fraction: number): string => `${Math.round(fraction * 10000) / 100}%`;

/**
 * Commission tiers (kpi-spec §7): the first starts at 0% of target, so every amount earns
 * something, and each later tier starts strictly above the one before; otherwise two tiers
 * would claim the same revenue.
 */
export function commissionErrors(tiers: readonly (Tier | undefined)[]): FieldError[] {
  const errors: FieldError[] = [];
  const first = tiers[0];
  if (first !== undefined && first.from !== 0) {
    errors.push(fieldError(['commission', 'tiers', 0, 'from'], `the first tier must start at 0% of target, not ${percent(first.from)}`, 'first_tier_not_zero', { from: first.from }));
  }
  let previous: { tier: Tier; at: number } | null = null;
  tiers.forEach((tier, i) => {
    if (tier === undefined) return;
    if (previous !== null && tier.from <= previous.tier.from) {
      errors.push(
        fieldError(
          ['commission', 'tiers', i, 'from'],
          `tiers overlap: tier ${i + 1} starts at ${percent(tier.from)}, not above tier ${previous.at + 1} (${percent(previous.tier.from)}); list tiers in ascending order`,
          'tiers_overlap',
          { tier: i + 1, from: tier.from, previous: previous.at + 1, previousFrom: previous.tier.from },
        ),
      );
    }
    previous = { tier, at: i };
  });
  return errors;
}
