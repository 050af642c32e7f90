import type { z } from 'zod';
import { fieldError, type FieldError } from './fieldError';

/**
 * zod's issues as field errors, with the messages reworded where zod's own would confuse an
 * admin: a KPI id that is neither built in nor `manual:<key>` (zod reports only the last
 * alternative of the union), a required field that is missing, and an emptied or non-numeric
 * number field (zod's "expected number, received NaN").
 */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  return issues.map((issue) => fieldError(issue.path, messageOf(issue, input)));
}

function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  if (issue.path[issue.path.length - 1] === 'kpi' && (issue.code === 'invalid_union' || issue.code === 'invalid_format')) {
    return `${JSON.stringify(value)} is not a known KPI: use a built-in KPI id or manual:<key> (lower case, digits, _)`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  if (issue.code === 'invalid_type' && typeof value === 'number' && Number.isNaN(value)) return 'enter a number';
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
