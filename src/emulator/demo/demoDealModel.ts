import type { PipelinePath } from './demoPipelines';
import { NEW_BUSINESS_PATH, RENEWALS_PATH } from './demoPipelines';

/**
 * How deals move through each demo pipeline. New business wins ~16% of first appointments in
 * a healthy team (later pairs 70–80%, comfortably above the 50% / 40% default thresholds of
 * kpi-spec §8); renewals win ~65%. Time in a stage is exponential around the mean.
 */
export interface PathModel {
  path: PipelinePath;
  dealType: 'newbusiness' | 'existingbusiness';
  /** Chance to move on from each open stage; for new business the first is the rep's own. */
  advance: readonly number[];
  /** Mean days a deal spends in each open stage before it moves on or is lost. */
  dwellDays: readonly number[];
  /** Chance that a move from the second open stage on jumps one stage (HubSpot allows it). */
  skipChance: number;
  /** Log-normal amount in CNY, clipped to [min, max] and rounded to 100. */
  amount: { median: number; sigma: number; min: number; max: number };
}

export const NEW_BUSINESS_MODEL: PathModel = {
  path: NEW_BUSINESS_PATH,
  dealType: 'newbusiness',
  advance: [0.55, 0.7, 0.75, 0.8, 0.7],
  dwellDays: [6, 10, 12, 9, 8],
  skipChance: 0.07,
  amount: { median: 150_000, sigma: 0.75, min: 20_000, max: 800_000 },
};

export const RENEWALS_MODEL: PathModel = {
  path: RENEWALS_PATH,
  dealType: 'existingbusiness',
  advance: [0.85, 0.85, 0.9],
  dwellDays: [10, 8, 6],
  skipChance: 0.05,
  amount: { median: 80_000, sigma: 0.6, min: 20_000, max: 500_000 },
};

/** Share of deals that are renewals (existing business). */
export const RENEWAL_SHARE = 0.25;

/** The first-pair rate a quota is planned on: what a healthy team converts. */
export const PLANNED_FIRST_PAIR_RATE = 0.55;

const meanAmount = (m: PathModel): number => m.amount.median * Math.exp((m.amount.sigma * m.amount.sigma) / 2);
const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** Expected won amount per created deal at planned rates: what quotas are set from. */
export function plannedWonPerDeal(): number {
  const nb = PLANNED_FIRST_PAIR_RATE * product(NEW_BUSINESS_MODEL.advance.slice(1)) * meanAmount(NEW_BUSINESS_MODEL);
  const renewal = product(RENEWALS_MODEL.advance) * meanAmount(RENEWALS_MODEL);
  return (1 - RENEWAL_SHARE) * nb + RENEWAL_SHARE * renewal;
}
