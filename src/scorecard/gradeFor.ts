import type { Settings } from '../settings/settingsSchema';

type GradeBand = Settings['grades'][number];

/**
 * The grade of a scorecard total (kpi-spec §6, default A ≥ 110, B ≥ 90, C ≥ 70, else D): the
 * band with the highest minimum not above the total. A total below every band takes the
 * lowest band, so that a configuration without a 0 band still grades everyone. No total
 * (nothing had data) → no grade.
 */
export function gradeFor(total: number | null, grades: readonly GradeBand[]): string | null {
  if (total === null || grades.length === 0) return null;
  const byMinDesc = [...grades].sort((a, b) => b.min - a.min);
  const reached = byMinDesc.find((band) => band.min <= total);
  return (reached ?? byMinDesc[byMinDesc.length - 1])?.grade ?? null;
}

/** The best (highest minimum) and worst (lowest minimum) grades of a band table. */
export function gradeExtremes(grades: readonly GradeBand[]): { best: string; worst: string } | null {
  const byMinDesc = [...grades].sort((a, b) => b.min - a.min);
  const best = byMinDesc[0];
  const worst = byMinDesc[byMinDesc.length - 1];
  return best && worst ? { best: best.grade, worst: worst.grade } : null;
}
