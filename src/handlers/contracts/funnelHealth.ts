import { z } from 'zod';
import { dataProblemSchema } from '../../domain/dataProblem';
import { dataAsOfSchema, intervalSchema, periodLabelSchema, pipelineIdSchema, recordIdSchema, settingsFallbackSchema, severitySchema } from './common';

/** funnelHealth: the managers' app page (kpi-spec §5). */
export const funnelHealthInputSchema = z.object({
  pipelineId: pipelineIdSchema.optional(),
  period: periodLabelSchema.optional(),
  teamId: recordIdSchema.optional(),
});
export type FunnelHealthInput = z.infer<typeof funnelHealthInputSchema>;

export const funnelPairSchema = z.object({
  from: z.string(),
  fromLabel: z.string(),
  to: z.string(),
  toLabel: z.string(),
  entered: z.number().int(),
  converted: z.number().int(),
  rate: z.number().nullable(),
  ci: intervalSchema.nullable(),
  threshold: z.number(),
  severity: severitySchema,
});
export type FunnelPair = z.infer<typeof funnelPairSchema>;

export const funnelHealthOutputSchema = z.object({
  dataAsOf: dataAsOfSchema,
  pipeline: z.object({ id: z.string(), label: z.string() }),
  pipelines: z.array(z.object({ id: z.string(), label: z.string() })),
  period: z.string(),
  teams: z.array(z.object({ id: z.string(), name: z.string(), pairs: z.array(funnelPairSchema) })),
  reps: z.array(
    z.object({
      ownerId: z.string(),
      name: z.string(),
      teamId: z.string().nullable(),
      pairs: z.array(funnelPairSchema),
      /** Largest shortfall below a threshold (threshold − rate) among pairs with enough deals; null when none. */
      worstGap: z.number().nullable(),
    }),
  ),
  alerts: z.array(
    z.object({
      group: z.object({ kind: z.enum(['team', 'owner']), id: z.string(), name: z.string() }),
      pair: funnelPairSchema,
      /** The HubSpot task created for it by the alert scan, when there is one. */
      taskId: z.string().nullable(),
    }),
  ),
  /** Set when the settings in force are an older version than the latest (see settingsFallbackSchema). */
  settingsFallback: settingsFallbackSchema.nullable().default(null),
  /** false: deals that could have entered a stage in the period could not be read and were left out. */
  complete: z.boolean(),
  dataIssues: z.array(dataProblemSchema),
});
export type FunnelHealthOutput = z.infer<typeof funnelHealthOutputSchema>;
