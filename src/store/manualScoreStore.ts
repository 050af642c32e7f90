import { z } from 'zod';
import type { ManualScore } from '../domain/portal';
import type { Result } from '../domain/result';
import { idSchema, periodLabelSchema } from './storeInputs';
import type { InvalidInputError } from './storeErrors';

export const MANUAL_SCORE_SOURCES = ['self', 'manager', 'customer', 'peer'] as const;

/**
 * Manual scores (kpi-spec §2): a 0–100 number per owner, period and qualitative KPI key
 * (csat, compliance, teamwork, 360 review), optionally split by who gave it (kpi-spec §6,
 * 360 evaluation). Setting the same owner, period, key and source again corrects the score:
 * the new entry counts, the earlier ones stay in the history with who entered them and when.
 */
export const manualScoreSchema = z.object({
  ownerId: idSchema,
  key: idSchema,
  period: periodLabelSchema,
  score: z.number().min(0, 'a score is 0–100').max(100, 'a score is 0–100'),
  source: z.enum(MANUAL_SCORE_SOURCES).optional(),
});

/** Who enters a score: the name people recognise and, for HubSpot users, their user id. */
export const scoreAuthorSchema = z.object({
  name: z.string().trim().min(1, 'a score must name who entered it'),
  userId: z.number().int().positive().nullable(),
});
export type ScoreAuthor = z.infer<typeof scoreAuthorSchema>;

/** One entry of a score's history: the score, its revision (1 = first entry) and who entered it when. */
export interface ManualScoreEntry extends ManualScore {
  revision: number;
  enteredBy: ScoreAuthor;
  /** Epoch ms; null for scores stored before entries recorded their time. */
  enteredAt: number | null;
}

export interface RecordedScore {
  entry: ManualScoreEntry;
  /** The entry this one corrects, still in the history; null for a first entry. */
  replaced: ManualScoreEntry | null;
}

export interface ManualScoreFilter {
  ownerId?: string;
  period?: string;
  key?: string;
  source?: ManualScore['source'];
}

export interface ManualScoreStore {
  /** Records an entry stamped with the store's clock; an existing score of the same owner, period, key and source is corrected, never dropped. */
  set(portalId: number, score: ManualScore, author: ScoreAuthor): Promise<Result<RecordedScore, InvalidInputError>>;
  /** The scores in force of one portal matching every given filter field, ordered by period, owner, key, source. */
  list(portalId: number, filter?: ManualScoreFilter): Promise<ManualScore[]>;
  /** Every entry, corrected ones too, in the order of `list` and then by revision. */
  history(portalId: number, filter?: ManualScoreFilter): Promise<ManualScoreEntry[]>;
}
