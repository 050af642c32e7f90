import { z } from 'zod';
import { MANUAL_SCORE_SOURCES } from '../../store/manualScoreStore';
import { periodLabelSchema } from './common';

/** Manual and 360 scores (kpi-spec §2, §6): entry by managers, self-assessment by reps, CSV import by admins. */
export const manualScoreSourceSchema = z.enum(MANUAL_SCORE_SOURCES);
export const manualScoreKeySchema = z.string().regex(/^[a-z0-9_]+$/, 'a score key is the manual KPI’s name: lower case, digits, _ (csat, review_360)');
const scoreSchema = z.number({ error: 'a score is a number from 0 to 100' }).min(0, 'a score is 0–100').max(100, 'a score is 0–100');

export const recordManualScoreInputSchema = z.object({
  ownerId: z.string().min(1),
  period: periodLabelSchema,
  key: manualScoreKeySchema,
  score: scoreSchema,
  /** 360 evaluation: who gave the score; none for a single score (csat, compliance…). */
  source: manualScoreSourceSchema.optional(),
});
export type RecordManualScoreInput = z.infer<typeof recordManualScoreInputSchema>;

export const manualScoreEntryDtoSchema = z.object({
  ownerId: z.string(),
  period: z.string(),
  key: z.string(),
  source: manualScoreSourceSchema.nullable(),
  score: z.number(),
  /** 1 for the first entry; each correction adds one. */
  revision: z.number().int().min(1),
  enteredBy: z.string(),
  enteredByUserId: z.number().int().nullable(),
  /** ISO time; null for scores stored before entries recorded it. */
  enteredAt: z.string().nullable(),
});
export type ManualScoreEntryDto = z.infer<typeof manualScoreEntryDtoSchema>;

export const recordManualScoreOutputSchema = z.object({
  entry: manualScoreEntryDtoSchema,
  /** The entry this one corrects (still in the history); null for a first entry. */
  replaced: manualScoreEntryDtoSchema.nullable(),
});
export type RecordManualScoreOutput = z.infer<typeof recordManualScoreOutputSchema>;

export const manualScoreSheetInputSchema = z.object({
  /** Defaults to the viewer's own owner record. */
  ownerId: z.string().min(1).optional(),
  /** Defaults to the current quarter. */
  period: periodLabelSchema.optional(),
});
export type ManualScoreSheetInput = z.infer<typeof manualScoreSheetInputSchema>;

/** One score the owner's role template asks for: a manual KPI, and for the 360 review one line per source. */
export const manualScoreLineSchema = z.object({
  key: z.string(),
  kpi: z.string(),
  source: manualScoreSourceSchema.nullable(),
  /** Whether the viewer may enter or correct this line. */
  mayEnter: z.boolean(),
  current: manualScoreEntryDtoSchema.nullable(),
  /** Every entry of the line, oldest first (the current one last). */
  history: z.array(manualScoreEntryDtoSchema),
});

export const manualScoreSheetOutputSchema = z.object({
  owner: z.object({ id: z.string(), name: z.string() }),
  period: z.string(),
  periods: z.array(z.string()),
  /** The owners whose sheet the viewer may open: their own and those of the teams they manage. */
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
  lines: z.array(manualScoreLineSchema),
  /** Whether the viewer may import scores from a CSV file (admins). */
  mayImport: z.boolean(),
});
export type ManualScoreSheetOutput = z.infer<typeof manualScoreSheetOutputSchema>;

export const importManualScoresInputSchema = z.object({
  /** The file's text: a header row naming ownerId or email, key, period, score and optionally source. */
  csv: z.string().min(1, 'the file is empty').max(1_000_000, 'the file is larger than 1 MB'),
});
export type ImportManualScoresInput = z.infer<typeof importManualScoresInputSchema>;

export const importRowReportSchema = z.object({
  /** The row's line in the file (the header is line 1). */
  line: z.number().int().min(2),
  ownerId: z.string().nullable(),
  key: z.string().nullable(),
  period: z.string().nullable(),
  score: z.number().nullable(),
  outcome: z.enum(['recorded', 'corrected', 'refused']),
  /** Why a row was refused; null when it was recorded. */
  reason: z.string().nullable(),
});

export const importManualScoresOutputSchema = z.object({
  rows: z.array(importRowReportSchema),
  recorded: z.number().int(),
  corrected: z.number().int(),
  refused: z.number().int(),
});
export type ImportManualScoresOutput = z.infer<typeof importManualScoresOutputSchema>;
