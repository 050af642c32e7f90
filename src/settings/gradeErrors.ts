import type { z } from 'zod';
import { fieldError, type FieldError } from './fieldError';
import type { gradeBandSchema } from './settingsSchema';

type GradeBand = z.infer<typeof gradeBandSchema>;

/**
 * Grade bands (kpi-spec §6): each grade once and each with its own minimum, or a total would
 * fall into two grades.
 */
export function gradeErrors(grades: readonly (GradeBand | undefined)[]): FieldError[] {
  const errors: FieldError[] = [];
  const byMin = new Map<number, string>();
  const names = new Set<string>();
  grades.forEach((band, i) => {
    if (band === undefined) return;
    const sameMin = byMin.get(band.min);
    if (sameMin !== undefined) {
      errors.push(fieldError(['grades', i, 'min'], `grades ${sameMin} and ${band.grade} both start at ${band.min}; each grade needs its own minimum`, 'grade_min_duplicate', { other: sameMin, grade: band.grade, min: band.min }));
    } else byMin.set(band.min, band.grade);
    if (names.has(band.grade)) errors.push(fieldError(['grades', i, 'grade'], `grade ${band.grade} is listed twice`, 'grade_duplicate', { grade: band.grade }));
    names.add(band.grade);
  });
  return errors;
}
