import type { DataProblem } from '../domain/dataProblem';
import type { Period } from '../domain/period';
import type { KpiContext } from '../kpi/kpiContext';
import { boundsOf } from '../kpi/kpiPeriod';
import { computeReadableKpi } from '../kpi/readableKpi';
import { scaledTarget } from '../kpi/scaledTarget';
import type { RoleTemplate, Settings } from '../settings/settingsSchema';
import { gradeFor } from './gradeFor';
import type { ScorecardKpi } from './scorecardResult';
import { scoreKpi } from './scoreKpi';
import { weighScorecard } from './weighScorecard';

export interface PeriodScore {
  kpis: ScorecardKpi[];
  total: number | null;
  grade: string | null;
  /** The total rests on a weighted KPI that left unreadable records out (kpi-spec §6). */
  provisional: boolean;
  /** Every record left out, once per record and field. */
  dataIssues: DataProblem[];
}

/**
 * One period of a role template for one subject (kpi-spec §6): each KPI computed over the
 * readable records, scored against its target for the period, the weights re-spread over
 * those with a score, the total graded. A weighted KPI with data problems makes the total
 * provisional even when it dropped out: its weight went to the others because of records
 * nobody could read, which is exactly the grade change kpi-spec §2 forbids hiding. A KPI
 * measured but without a target to score it against (linear scoring) is not_configured: the
 * admin must set one; its actual is still shown.
 * `base` is the KPI context without its period.
 */
export function scorePeriod(template: RoleTemplate, settings: Settings, base: Omit<KpiContext, 'period'>, period: Period): PeriodScore {
  const ctx: KpiContext = { ...base, period };
  const rows = template.kpis.map((entry) => {
    const { value, dataIssues } = computeReadableKpi(entry.kpi, ctx);
    const target = scaledTarget(entry.target, entry.kpi, period);
    return { entry, value, target, dataIssues, score: scoreKpi(value, entry, target) };
  });
  const { applied, total } = weighScorecard(rows.map((row) => ({ weight: row.entry.weight, score: row.score })));
  const elapsed = elapsedShare(ctx);
  const kpis = rows.map(({ entry, value, target, score, dataIssues }, i): ScorecardKpi => {
    const untargeted = value.status === 'ok' && entry.scoring.type === 'linear' && target === null;
    return {
      id: entry.kpi,
      status: untargeted ? 'not_configured' : value.status,
      actual: value.actual,
      target,
      score,
      weight: applied[i] ?? 0,
      configuredWeight: entry.weight,
      complete: dataIssues.length === 0,
      dataIssues,
      worstPair: value.worstPair ?? null,
      forecast: value.forecast ?? null,
      pace: PACED.has(entry.kpi) && value.actual !== null && elapsed > 0 && elapsed < 1 ? value.actual / elapsed : null,
      reason: value.reason ?? (score === null ? unscoredReason(entry.scoring.type, target) : null),
    };
  });
  const provisional = total !== null && kpis.some((k) => k.configuredWeight > 0 && !k.complete);
  return { kpis, total, grade: gradeFor(total, settings.grades), provisional, dataIssues: uniqueProblems(kpis.flatMap((k) => k.dataIssues)) };
}

/** Attainment KPIs: their target is for the whole period, so a running one is also shown at pace. */
const PACED = new Set(['revenue_attainment', 'collection_attainment', 'team_attainment']);

/** The share of the period passed at `now`, 0 before it starts and 1 once it has ended. */
export function elapsedShare(ctx: KpiContext): number {
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  return Math.min(1, Math.max(0, (ctx.now - start) / (end - start)));
}

export function uniqueProblems(problems: readonly DataProblem[]): DataProblem[] {
  const seen = new Map<string, DataProblem>();
  for (const p of problems) seen.set(`${p.recordId}|${p.field}|${p.kind}`, p);
  return [...seen.values()];
}

function unscoredReason(scoring: 'linear' | 'bands', target: number | null): string {
  if (scoring === 'linear' && target === null) return 'no target is set: set a target to score it';
  if (scoring === 'linear') return `a target of ${target} cannot be scored linearly`;
  return 'it could not be scored';
}
