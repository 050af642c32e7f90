import { z } from 'zod';

/** One tier's share of a commission (kpi-spec §7): the revenue it paid on and what it paid. */
export const commissionTierLineSchema = z.object({
  /** Attainment at which the tier starts, as a fraction of target. */
  from: z.number(),
  rate: z.number(),
  /** Revenue the tier's rate was applied to. */
  revenue: z.number(),
  commission: z.number(),
});

/** How a commission was worked out, for the rep card's incentive preview (kpi-spec §7). */
export const commissionBreakdownSchema = z.object({
  mode: z.enum(['marginal', 'retroactive']),
  revenue: z.number(),
  target: z.number().nullable(),
  /** revenue / target; null without a target. */
  attainment: z.number().nullable(),
  tiers: z.array(commissionTierLineSchema),
  /** Σ tier commissions, before the cap. */
  uncapped: z.number(),
  cap: z.number().nullable(),
  /** What is paid: the uncapped amount, limited by the cap. */
  commission: z.number(),
  capped: z.boolean(),
});
export type CommissionBreakdown = z.infer<typeof commissionBreakdownSchema>;
export type CommissionTierLine = z.infer<typeof commissionTierLineSchema>;
