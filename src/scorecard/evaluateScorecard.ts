import type { FrozenForecast } from '../domain/frozenForecast';
import type { Period } from '../domain/period';
import { formatPeriod, shiftPeriod } from '../domain/period';
import type { ManualScore, PortalData } from '../domain/portal';
import { err, ok, type Result } from '../domain/result';
import { calendarOf } from '../kpi/kpiContext';
import type { PortalIndex } from '../kpi/portalIndex';
import { roleOf } from '../settings/roleOf';
import type { Role, Settings } from '../settings/settingsSchema';
import { scorecardFlags } from './scorecardFlags';
import type { ScorecardResult } from './scorecardResult';
import { elapsedShare, scorePeriod, type PeriodScore } from './scorePeriod';
import { subjectFor } from './subjectFor';

export interface EvaluateScorecardInput {
  data: PortalData;
  index: PortalIndex;
  settings: Settings;
  ownerId: string;
  /** Default: roleOf(ownerId, settings). */
  role?: Role;
  period: Period;
  /** Evaluation time, epoch ms. */
  now: number;
  /** null: no manual-score store (manual KPIs are not_configured). */
  manualScores: ManualScore[] | null;
  /** Forecasts frozen at period start; null: no forecast store. */
  frozenForecasts: FrozenForecast[] | null;
  /** How many previous periods to grade for the trend (default 4). */
  history?: number;
}

/**
 * An owner's scorecard for a period (kpi-spec §6): the role's template over the role's
 * subject, the total and grade, the previous periods' totals and grades (oldest first), and
 * the flags. Flags count quarters ("连续两个季度"), so they are given for quarter periods only,
 * and the quarter being evaluated counts as the latest of the run; enough earlier quarters are
 * graded for the flags even when fewer are asked for in `history`. No flag is raised on a
 * provisional total (kpi-spec §6): a bonus or an improvement plan must not rest on records
 * nobody could read; the flags the grades alone would raise are returned as withheld.
 */
export function evaluateScorecard(input: EvaluateScorecardInput): Result<ScorecardResult> {
  const { data, index, settings, ownerId, period } = input;
  if (!index.ownersById.has(ownerId)) return err(`owner ${ownerId} is not an owner of this portal`);
  const role = input.role ?? roleOf(ownerId, settings);
  if (!isSeller(ownerId, role, index)) return ok(noScorecard(ownerId, role, period));
  const template = settings.roles[role];
  const base = {
    data,
    index,
    settings,
    calendar: calendarOf(settings, data),
    now: input.now,
    subject: subjectFor(ownerId, role, data, index, settings),
    manualScores: input.manualScores,
    frozenForecasts: input.frozenForecasts,
  };
  const current = scorePeriod(template, settings, base, period);
  const wanted = Math.max(0, Math.floor(input.history ?? 4));
  const forFlags = period.kind === 'quarter' ? Math.max(settings.flags.promotionAfterQuarters, settings.flags.improvementPlanAfterQuarters) - 1 : 0;
  const earlier: { period: Period; score: PeriodScore }[] = [];
  for (let back = Math.max(wanted, forFlags); back >= 1; back -= 1) {
    const p = shiftPeriod(period, -back);
    earlier.push({ period: p, score: scorePeriod(template, settings, base, p) });
  }
  // A provisional grade proves nothing either way, so it breaks a run like a quarter without one.
  const runGrades = [...earlier.map((e) => (e.score.provisional ? null : e.score.grade)), current.provisional ? null : current.grade];
  const raised = period.kind === 'quarter' ? scorecardFlags(runGrades, settings.flags, settings.grades) : [];
  const asGraded = period.kind === 'quarter' ? scorecardFlags([...earlier.map((e) => e.score.grade), current.grade], settings.flags, settings.grades) : [];
  return ok({
    owner: ownerId,
    role,
    period: formatPeriod(period),
    kpis: current.kpis,
    total: current.total,
    grade: current.grade,
    elapsedShare: elapsedShare({ ...base, period }),
    history: earlier.slice(earlier.length - wanted).map((e) => ({ period: formatPeriod(e.period), total: e.score.total, grade: e.score.grade, provisional: e.score.provisional })),
    flags: raised,
    complete: current.kpis.every((k) => k.complete),
    provisional: current.provisional,
    withheldFlags: asGraded.filter((f) => !raised.includes(f)),
    dataIssues: current.dataIssues,
    eligible: true,
  });
}

/**
 * Who is judged at all (kpi-spec §1): managers and directors (named in the settings), and reps
 * — the members of HubSpot's teams and anyone who owns deals in what was read. Anyone else (a
 * RevOps admin, an assistant) is not a seller: grading them D for visits they were never meant
 * to make would start an improvement plan for nothing, so they get no scorecard.
 */
function isSeller(ownerId: string, role: Role, index: PortalIndex): boolean {
  if (role !== 'rep') return true;
  return (index.ownersById.get(ownerId)?.teamIds.length ?? 0) > 0 || (index.dealsByOwner.get(ownerId)?.length ?? 0) > 0;
}

function noScorecard(ownerId: string, role: Role, period: Period): ScorecardResult {
  return {
    owner: ownerId, role, period: formatPeriod(period), kpis: [], elapsedShare: 0, total: null, grade: null, history: [], flags: [],
    complete: true, provisional: false, withheldFlags: [], dataIssues: [], eligible: false,
  };
}
