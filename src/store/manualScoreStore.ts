import { z } from 'zod';
import type { ManualScore } from '../domain/portal';
import type { Result } from '../domain/result';
import { idSchema, periodLabelSchema } from './storeInputs';
import type { InvalidInputError } from './storeErrors';

/**
 * Manual scores (kpi-spec §2): a 0–100 number per owner, period and qualitative KPI key
 * (csat, compliance, teamwork, 360 review), optionally split by who gave it (kpi-spec §6,
 * 360 evaluation). Setting the same owner, period, key and source again replaces the score.
 */
export const manualScoreSchema = z.object({
  ownerId: idSchema,
  key: idSchema,
  period: periodLabelSchema,
  score: z.number().min(0, 'a score is 0–100').max(100, 'a score is 0–100'),
  source: z.enum(['self', 'manager', 'customer', 'peer']).optional(),
});

export interface ManualScoreFilter {
  ownerId?: string;
  period?: string;
  key?: string;
  source?: ManualScore['source'];
}

export interface ManualScoreStore {
  set(portalId: number, score: ManualScore): Promise<Result<ManualScore, InvalidInputError>>;
  /** Scores of one portal matching every given filter field, ordered by period, owner, key, source. */
  list(portalId: number, filter?: ManualScoreFilter): Promise<ManualScore[]>;
}
