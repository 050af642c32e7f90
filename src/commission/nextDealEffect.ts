import { ok, type Result } from '../domain/result';
import type { CommissionSettings } from '../settings/settingsSchema';
import { commissionFor } from './commissionFor';

export interface NextDealEffect {
  commissionNow: number;
  commissionAfter: number;
  /** What closing the deal adds to the owner's commission. */
  commissionAdded: number;
  /** Fractions of target; null without a target. */
  attainmentNow: number | null;
  attainmentAfter: number | null;
}

/**
 * "What the next deal adds" on the deal card (kpi-spec §7): commission and attainment with the
 * revenue won so far, and with this deal won too. The difference is not dealAmount × rate:
 * the deal may push the owner into a higher tier (all revenue re-rated when retroactive) or
 * into the cap.
 */
export function nextDealEffect(
  wonSoFar: number,
  dealAmount: number,
  target: number | null,
  settings: CommissionSettings,
): Result<NextDealEffect> {
  const now = commissionFor(wonSoFar, target, settings);
  if (!now.ok) return now;
  const after = commissionFor(wonSoFar + dealAmount, target, settings);
  if (!after.ok) return after;
  return ok({
    commissionNow: now.value.commission,
    commissionAfter: after.value.commission,
    commissionAdded: after.value.commission - now.value.commission,
    attainmentNow: now.value.attainment,
    attainmentAfter: after.value.attainment,
  });
}
