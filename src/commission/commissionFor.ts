import { err, ok, type Result } from '../domain/result';
import type { CommissionSettings } from '../settings/settingsSchema';
import type { CommissionBreakdown, CommissionTierLine } from './commissionBreakdown';

type Tier = CommissionSettings['tiers'][number];

/**
 * Tiered commission on attainment (kpi-spec §7; default §8: 5%, and 6% — the rate up 20% —
 * on revenue above 120% of target, marginal, no cap).
 * - marginal: tier i pays its rate on the revenue between from_i × target and
 *   from_{i+1} × target (the last tier is open-ended);
 * - retroactive: the highest tier reached (attainment ≥ from) pays its rate on all revenue.
 * The cap limits the amount paid. A target is needed as soon as a tier starts above 0,
 * because the tier boundaries are fractions of it; without one the commission is unknown,
 * not zero. Tiers are read in ascending `from` whatever order they come in.
 */
export function commissionFor(revenue: number, target: number | null, settings: CommissionSettings): Result<CommissionBreakdown> {
  if (!Number.isFinite(revenue) || revenue < 0) return err(`revenue must be a non-negative amount (got ${revenue})`);
  const tiers = [...settings.tiers].sort((a, b) => a.from - b.from);
  const usable = target !== null && Number.isFinite(target) && target > 0 ? target : null;
  if (usable === null && tiers.some((tier) => tier.from > 0)) {
    return err('no target for this period: the commission tiers are set as a share of target, so the commission cannot be worked out until a target is set');
  }
  const lines = settings.mode === 'marginal' ? marginalLines(revenue, usable ?? 0, tiers) : retroactiveLines(revenue, usable ?? 0, tiers);
  const uncapped = lines.reduce((acc, line) => acc + line.commission, 0);
  const commission = settings.cap === null ? uncapped : Math.min(uncapped, settings.cap);
  return ok({
    mode: settings.mode,
    revenue,
    target: usable,
    attainment: usable === null ? null : revenue / usable,
    tiers: lines,
    uncapped,
    cap: settings.cap,
    commission,
    capped: commission < uncapped,
  });
}

function marginalLines(revenue: number, target: number, tiers: readonly Tier[]): CommissionTierLine[] {
  return tiers.map((tier, i) => {
    const start = tier.from * target;
    const next = tiers[i + 1];
    const end = next === undefined ? Infinity : next.from * target;
    const inside = Math.max(0, Math.min(revenue, end) - start);
    return { from: tier.from, rate: tier.rate, revenue: inside, commission: inside * tier.rate };
  });
}

function retroactiveLines(revenue: number, target: number, tiers: readonly Tier[]): CommissionTierLine[] {
  let reached = -1;
  tiers.forEach((tier, i) => {
    if (revenue >= tier.from * target) reached = i;
  });
  return tiers.map((tier, i) => {
    const base = i === reached ? revenue : 0;
    return { from: tier.from, rate: tier.rate, revenue: base, commission: base * tier.rate };
  });
}
