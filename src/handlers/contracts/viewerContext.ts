import { z } from 'zod';

/** viewerContext: who the viewer is to the app, so the app page offers each role what it may use. */
export const viewerContextOutputSchema = z.object({
  role: z.enum(['admin', 'director', 'manager', 'rep', 'none']),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The views the viewer may use; the handlers refuse the others whatever the page shows. */
  views: z.object({ mine: z.boolean(), team: z.boolean(), scores: z.boolean(), funnel: z.boolean(), segments: z.boolean(), reports: z.boolean() }),
});
export type ViewerContextOutput = z.infer<typeof viewerContextOutputSchema>;
