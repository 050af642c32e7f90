import { z } from 'zod';
import { dataAsOfSchema, intervalSchema, recordIdSchema, settingsFallbackSchema } from './common';

/** dealKpis: the deal card: health, chance to win, what closing it does for its owner. */
export const dealKpisInputSchema = z.object({ dealId: recordIdSchema });
export type DealKpisInput = z.infer<typeof dealKpisInputSchema>;

export const dealKpisOutputSchema = z.object({
  currency: z.string(),
  dataAsOf: dataAsOfSchema,
  deal: z.object({
    id: z.string(),
    name: z.string().nullable(),
    amount: z.number().nullable(),
    pipelineId: z.string().nullable(),
    pipelineLabel: z.string().nullable(),
    stageId: z.string().nullable(),
    stageLabel: z.string().nullable(),
    outcome: z.enum(['open', 'won', 'lost']).nullable(),
  }),
  health: z.object({
    /** Days since the deal entered its current stage; null when HubSpot has no entry time. */
    daysInStage: z.number().nullable(),
    /** The stalled line (kpi-spec §5 stage aging); null with fewer than 10 won deals. */
    stalledLineDays: z.number().nullable(),
    stalled: z.boolean().nullable(),
    /** Historical chance that deals in this stage go on to win. */
    winChance: z.object({ rate: z.number().nullable(), n: z.number().int(), ci: intervalSchema.nullable() }),
  }),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What closing the deal at its amount does for its owner; null when the deal has no owner or `impactHidden`. */
  impact: z
    .object({
      period: z.string(),
      quota: z.number().nullable(),
      wonSoFar: z.number(),
      attainmentNow: z.number().nullable(),
      attainmentAfter: z.number().nullable(),
      /** Only for viewers allowed to see the owner's commission. */
      commission: z.object({ now: z.number(), after: z.number(), added: z.number() }).nullable(),
      /** Why attainment or commission are unknown, when they are. */
      reason: z.string().nullable(),
    })
    .nullable(),
  /** The viewer may not see this owner's numbers (their scorecard is refused to them too). */
  impactHidden: z.boolean().default(false),
  /** Set when the settings in force are an older version than the latest (see settingsFallbackSchema). */
  settingsFallback: settingsFallbackSchema.nullable().default(null),
});
export type DealKpisOutput = z.infer<typeof dealKpisOutputSchema>;
