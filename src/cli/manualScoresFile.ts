import { z } from 'zod';
import type { ManualScore } from '../domain/portal';
import { CliError } from './cliError';
import { readJsonFile } from './readJsonFile';

/** A JSON list of manual scores (kpi-spec §2): 0–100 per owner, KPI key and period. */
export const manualScoresSchema = z.array(
  z.object({
    ownerId: z.string().min(1),
    key: z.string().min(1),
    period: z.string().min(4),
    score: z.number().min(0).max(100),
    source: z.enum(['self', 'manager', 'customer', 'peer']).optional(),
  }),
);

/** No file: null, meaning no manual-score store, so manual KPIs are not_configured (not 0). */
export function loadManualScores(path: string | undefined): ManualScore[] | null {
  if (path === undefined) return null;
  const parsed = manualScoresSchema.safeParse(readJsonFile(path, 'manual scores'));
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new CliError(`invalid manual scores ${path}: ${first?.path.join('.') || 'list'}: ${first?.message ?? 'invalid'}`);
}
