import type { Calendar, Period } from '../domain/period';
import { formatPeriod, periodContaining } from '../domain/period';
import type { Team } from '../domain/portal';
import type { ForecastSubmission } from '../domain/toForecastSubmission';

/** A forecast amount and when it was taken; null when HubSpot has none for the subject. */
export interface Taken {
  amount: number;
  takenAt: number;
}

/**
 * The submission in force at `now` for an owner or a team: the latest one submitted by then
 * for exactly this period (HubSpot keeps every submission; a rep revises theirs during the
 * period, and the one standing when the period is frozen is the forecast).
 */
export function submissionInForce(submissions: readonly ForecastSubmission[], who: { ownerId?: string; teamId?: string }, period: Period, calendar: Calendar, now: number): Taken | null {
  const label = formatPeriod(period);
  let best: ForecastSubmission | null = null;
  for (const s of submissions) {
    if (s.kind !== period.kind || s.startsAt === null || s.amount === null || s.submittedAt === null || s.submittedAt > now) continue;
    if (who.ownerId !== undefined && s.ownerId !== who.ownerId) continue;
    if (who.teamId !== undefined && (s.teamId !== who.teamId || s.ownerId !== null)) continue;
    if (formatPeriod(periodContaining(s.kind, s.startsAt, calendar)) !== label) continue;
    if (best === null || (best.submittedAt ?? 0) < s.submittedAt) best = s;
  }
  return best === null || best.amount === null || best.submittedAt === null ? null : { amount: best.amount, takenAt: best.submittedAt };
}

/** The sum of several forecasts, taken when the last of them was; null when any is missing (unknown is not zero). */
export function sumOfTaken(parts: readonly (Taken | null)[]): Taken | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const known = parts as Taken[];
  return { amount: known.reduce((sum, p) => sum + p.amount, 0), takenAt: Math.max(...known.map((p) => p.takenAt)) };
}

/** A team's submitted forecast: the team-level submission, else the sum of every member's. */
export function teamSubmission(submissions: readonly ForecastSubmission[], team: Team, period: Period, calendar: Calendar, now: number): Taken | null {
  return (
    submissionInForce(submissions, { teamId: team.id }, period, calendar, now) ??
    sumOfTaken(team.memberOwnerIds.map((ownerId) => submissionInForce(submissions, { ownerId }, period, calendar, now)))
  );
}
