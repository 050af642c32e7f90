import { z } from 'zod';
import { scorecardFlagSchema } from '../scorecard/scorecardResult';

/**
 * The reporting rhythm's two reports (kpi-spec §4, 每周销售进展报告 and 每月业绩总结;
 * docs/kpis.md "Digests"): one schema each, the single source of the builders' output, the
 * preview route's answer and the task text.
 */
const flowSchema = z.object({ count: z.number().int(), amount: z.number(), amountUnknown: z.number().int() });
const weekOverWeek = z.object({ week: flowSchema, previous: flowSchema });

export const weeklyDigestSchema = z.object({
  kind: z.literal('weekly'),
  /** "2026-W48": with the manager, what the ledger keys the digest by. */
  week: z.string(),
  /** ISO instants of the week's Monday 00:00 and the next, in the portal's zone. */
  from: z.string(),
  to: z.string(),
  manager: z.object({ ownerId: z.string(), name: z.string() }),
  teams: z.array(z.string()),
  created: weekOverWeek,
  won: weekOverWeek,
  conversion: z.array(z.object({ pipelineLabel: z.string(), fromLabel: z.string(), toLabel: z.string(), rate: z.number(), previousRate: z.number(), n: z.number().int() })),
  stalled: z.array(z.object({ dealId: z.string(), name: z.string().nullable(), ownerName: z.string().nullable(), stageLabel: z.string(), days: z.number(), lineDays: z.number() })),
  /** Manual and 360 scores entered during the week for the teams' members, by KPI. */
  scores: z.array(z.object({ key: z.string(), count: z.number().int() })),
});
export type WeeklyDigest = z.infer<typeof weeklyDigestSchema>;

const figureSchema = z.object({ status: z.enum(['ok', 'not_configured', 'insufficient_data', 'not_applicable']), actual: z.number().nullable(), reason: z.string().nullable() });

export const monthlySummarySchema = z.object({
  kind: z.literal('monthly'),
  /** "2026-11": with the team, what the ledger keys the summary by. */
  month: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  won: flowSchema,
  created: flowSchema,
  /** team_attainment for the month (Σ won / Σ targets). */
  attainment: figureSchema,
  members: z.array(
    z.object({
      ownerId: z.string(),
      name: z.string(),
      won: z.number(),
      attainment: figureSchema,
      total: z.number().nullable(),
      grade: z.string().nullable(),
      /** The flags of the quarter the month closes or falls in, as the scorecard raises them. */
      flags: z.array(scorecardFlagSchema),
    }),
  ),
});
export type MonthlySummary = z.infer<typeof monthlySummarySchema>;
