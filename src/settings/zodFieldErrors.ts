import type { z } from 'zod';
import { fieldError, type FieldError, type FieldParams, type FieldReason } from './fieldError';

/**
 * zod's issues as field errors, each with the reason the settings page words in the admin's
 * language, and the English message reworded where zod's own would confuse an admin: a KPI id
 * that is neither built in nor `manual:<key>` (zod reports only the last alternative of the
 * union), a required field that is missing, and an emptied or non-numeric number field (zod's
 * "expected number, received NaN").
 */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  return issues.map((issue) => {
    const value = valueAt(input, issue.path);
    const { reason, params } = reasonOf(issue, value);
    return fieldError(issue.path, messageOf(issue, reason, value), reason, params);
  });
}

function reasonOf(issue: z.core.$ZodIssue, value: unknown): { reason: FieldReason; params?: FieldParams } {
  if (issue.path[issue.path.length - 1] === 'kpi' && (issue.code === 'invalid_union' || issue.code === 'invalid_format')) {
    return { reason: 'unknown_kpi', params: { value: String(value) } };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { reason: 'required' };
      if (issue.expected === 'int') return { reason: 'whole_number' };
      if (issue.expected === 'number' && (typeof value !== 'number' || Number.isNaN(value))) return { reason: 'not_a_number' };
      return { reason: 'wrong_type' };
    case 'too_small':
      return sizeReason(issue.origin, 'small', Number(issue.minimum), issue.inclusive !== false, issue.exact === true);
    case 'too_big':
      return sizeReason(issue.origin, 'big', Number(issue.maximum), issue.inclusive !== false, issue.exact === true);
    case 'invalid_value':
      return { reason: 'not_an_option' };
    case 'custom':
      if (issue.path[issue.path.length - 1] === 'timeZone') return { reason: 'unknown_time_zone', params: { value: String(value) } };
      if (issue.path[0] === 'quotas') return { reason: 'owner_or_team' };
      return { reason: 'invalid_value' };
    default:
      return { reason: 'invalid_value' };
  }
}

function sizeReason(origin: string, side: 'small' | 'big', limit: number, inclusive: boolean, exact: boolean): { reason: FieldReason; params: FieldParams } {
  if (origin === 'array') return exact ? { reason: 'list_length', params: { length: limit } } : { reason: 'list_too_short', params: { min: limit } };
  if (origin === 'string') return side === 'small' ? { reason: 'text_too_short', params: { min: limit } } : { reason: 'text_too_long', params: { max: limit } };
  const strict = inclusive ? 0 : 1;
  return side === 'small' ? { reason: 'too_small', params: { min: limit, strict } } : { reason: 'too_big', params: { max: limit, strict } };
}

function messageOf(issue: z.core.$ZodIssue, reason: FieldReason, value: unknown): string {
  if (reason === 'unknown_kpi') return `${JSON.stringify(value)} is not a known KPI: use a built-in KPI id or manual:<key> (lower case, digits, _)`;
  if (reason === 'required') return 'is required';
  if (reason === 'not_a_number') return 'enter a number';
  return issue.message;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at: unknown = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
