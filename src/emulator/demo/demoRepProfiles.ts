import type { DemoRoster } from './demoRoster';
import type { Rng } from './prng';

/**
 * How each rep sells in the demo: how many deals they work, how well they move deals on, how
 * stretching their quota is and how many customer meetings they log. Drawn once per seed so
 * that deals, goals and meetings agree with each other.
 */
export interface RepProfile {
  ownerId: string;
  userId: number;
  teamId: string;
  /** Relative share of the portal's deals. */
  volume: number;
  /** Chance that a new-business deal leaves appointmentscheduled for a later stage. */
  firstPairRate: number;
  /** Multiplies the later stage-to-stage chances (0.9 = a weaker closer). */
  skill: number;
  /** Quota as a multiple of what a healthy team's rep would be expected to win. */
  quotaFactor: number;
  /** Customer meetings per month. */
  meetingsPerMonth: number;
}

export function demoRepProfiles(rng: Rng, roster: DemoRoster): RepProfile[] {
  const userIds = new Map(roster.people.map((p) => [p.ownerId, p.userId]));
  return roster.teams.flatMap((team) =>
    team.repOwnerIds.map((ownerId) => ({
      ownerId,
      userId: userIds.get(ownerId) as number,
      teamId: team.id,
      volume: 0.7 + 0.6 * rng.next(),
      firstPairRate: team.firstPairRate * (0.92 + 0.16 * rng.next()),
      skill: 0.9 + 0.18 * rng.next(),
      quotaFactor: 0.75 + 0.5 * rng.next(),
      meetingsPerMonth: 18 + 22 * rng.next(),
    })),
  );
}

/** Cumulative volume shares, for picking a deal's owner with one uniform draw. */
export function cumulativeVolumes(reps: readonly RepProfile[]): Float64Array {
  const total = reps.reduce((sum, r) => sum + r.volume, 0);
  const out = new Float64Array(reps.length);
  let acc = 0;
  reps.forEach((r, i) => {
    acc += r.volume / total;
    out[i] = acc;
  });
  out[reps.length - 1] = 1;
  return out;
}

export function pickIndex(cumulative: Float64Array, u: number): number {
  for (let i = 0; i < cumulative.length; i++) if (u < (cumulative[i] as number)) return i;
  return cumulative.length - 1;
}
