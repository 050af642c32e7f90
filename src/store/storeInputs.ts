import { z } from 'zod';
import { formatPeriod, parsePeriod } from '../domain/period';

/**
 * The zod schemas of what callers hand a store. Every store checks its inputs with these
 * before touching storage, so a bad portal id or period label is an `invalid` result, not a
 * row nobody can find again.
 */
export const portalIdSchema = z.number().int().positive();

export const writeOptionsSchema = z.object({
  expectedVersion: z.number().int().min(0),
  savedBy: z.string().trim().min(1, 'savedBy must name the user'),
});

/**
 * A period label in its canonical spelling ("2026q3" → "2026-Q3", "FY2026" → "2026"), so
 * the same period always finds the same rows.
 */
export const periodLabelSchema = z.string().transform((label, ctx) => {
  const parsed = parsePeriod(label);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return formatPeriod(parsed.value);
});

/** Why a settings write cannot even be attempted, or null when portal and options are sound. */
export function checkWrite(portalId: number, options: unknown): string | null {
  if (!portalIdSchema.safeParse(portalId).success) return `portal id must be a positive integer, not ${portalId}`;
  const parsed = writeOptionsSchema.safeParse(options);
  return parsed.success ? null : firstIssue(parsed.error);
}

export const idSchema = z.string().trim().min(1);

/** The first issue of a failed parse, as one readable line. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
