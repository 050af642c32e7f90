import { defaultSettings } from '../settings/defaultSettings';
import type { Settings } from '../settings/settingsSchema';
import { gradeExtremes } from './gradeFor';

export type ScorecardFlag = 'promotion_candidate' | 'improvement_plan';

/**
 * The flags of kpi-spec §6 "Flags across periods": a promotion candidate after N consecutive
 * quarters graded the best grade (连续两个季度绩效A), an improvement plan after N consecutive
 * quarters graded the worst. `gradeHistory` is oldest first and ends with the quarter being
 * evaluated; runs are counted back from it, and a quarter without a grade (no data) breaks the
 * run, because it proves nothing either way. Best and worst come from the grade bands (default
 * A and D); a table with a single band flags nobody.
 */
export function scorecardFlags(
  gradeHistory: readonly (string | null)[],
  flags: Settings['flags'],
  grades: Settings['grades'] = defaultSettings().grades,
): ScorecardFlag[] {
  const extremes = gradeExtremes(grades);
  if (extremes === null || extremes.best === extremes.worst) return [];
  const result: ScorecardFlag[] = [];
  if (trailingRun(gradeHistory, extremes.best) >= flags.promotionAfterQuarters) result.push('promotion_candidate');
  if (trailingRun(gradeHistory, extremes.worst) >= flags.improvementPlanAfterQuarters) result.push('improvement_plan');
  return result;
}

function trailingRun(history: readonly (string | null)[], grade: string): number {
  let run = 0;
  for (let i = history.length - 1; i >= 0 && history[i] === grade; i -= 1) run += 1;
  return run;
}
