import { fieldError, type FieldError } from './fieldError';
import type { Settings } from './settingsSchema';

/**
 * The 360 weights (kpi-spec §6: self, manager, customer; the articles' example gives the
 * customer 20%) are shown as percentages of one score, so they must add up to 100%.
 */
export function evaluation360Errors(weights: Settings['evaluation360'] | undefined): FieldError[] {
  if (weights === undefined) return [];
  const sum = weights.self + weights.manager + weights.customer;
  if (Math.abs(sum - 1) <= 1e-9) return [];
  return [fieldError(['evaluation360'], `the 360 weights add up to ${Math.round(sum * 10000) / 100}%; they must add up to 100%`, 'evaluation360_sum', { sum })];
}
