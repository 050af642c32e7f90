import type { Period } from '../domain/period';
import { computeKpi } from '../kpi/computeKpi';
import type { KpiContext } from '../kpi/kpiContext';
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
}

/**
 * One period of a role template for one subject (kpi-spec §6): each KPI computed, scored
 * against its target for the period, the weights re-spread over those with a score, the total
 * graded. `base` is the KPI context without its period.
 */
export function scorePeriod(template: RoleTemplate, settings: Settings, base: Omit<KpiContext, 'period'>, period: Period): PeriodScore {
  const ctx: KpiContext = { ...base, period };
  const rows = template.kpis.map((entry) => {
    const value = computeKpi(entry.kpi, ctx);
    const target = scaledTarget(entry.target, entry.kpi, period);
    return { entry, value, target, score: scoreKpi(value, entry, target) };
  });
  const { applied, total } = weighScorecard(rows.map((row) => ({ weight: row.entry.weight, score: row.score })));
  const kpis = rows.map(({ entry, value, target, score }, i): ScorecardKpi => ({
    id: entry.kpi,
    status: value.status,
    actual: value.actual,
    target,
    score,
    weight: applied[i] ?? 0,
    reason: value.reason ?? (score === null ? unscoredReason(entry.scoring.type, target) : null),
  }));
  return { kpis, total, grade: gradeFor(total, settings.grades) };
}

function unscoredReason(scoring: 'linear' | 'bands', target: number | null): string {
  if (scoring === 'linear' && target === null) return 'no target is set, so it is not scored';
  if (scoring === 'linear') return `a target of ${target} cannot be scored linearly`;
  return 'it could not be scored';
}
