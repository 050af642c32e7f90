import { z } from 'zod';
import { periodLabelSchema, recordIdSchema, pipelineIdSchema } from './common';

/**
 * scanAlerts: the "Scan alerts" action of the funnel-health page (kpi-spec §5 threshold
 * alerts). The scan turns every alert under its threshold into a HubSpot task for the team's
 * manager, updates the tasks it created before and resolves those whose alert has cleared.
 */
export const scanAlertsInputSchema = z.object({
  pipelineId: pipelineIdSchema.optional(),
  period: periodLabelSchema.optional(),
  teamId: recordIdSchema.optional(),
});
export type ScanAlertsInput = z.infer<typeof scanAlertsInputSchema>;

export const scanAlertsOutputSchema = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  resolved: z.number().int().min(0),
  /** The tasks created by this scan, for the page to list and link. */
  tasks: z.array(z.object({ id: z.string(), subject: z.string() })),
});
export type ScanAlertsOutput = z.infer<typeof scanAlertsOutputSchema>;
