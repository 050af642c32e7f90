import { z } from 'zod';
import { dataProblemReportSchema } from '../../kpi/dataProblemReport';

/**
 * dataProblems: the settings page's Data problems tab, what `kpi doctor` lists for a snapshot:
 * every data problem of the deals the scorecards read (this quarter and the four before, the
 * open pipeline), by kind and owner, each deal linked to its record.
 */
export const dataProblemsInputSchema = z.object({});
export const dataProblemsOutputSchema = dataProblemReportSchema.extend({
  /** The window the deals were read for, as period labels (oldest, newest). */
  from: z.string(),
  to: z.string(),
});
export type DataProblemsOutput = z.infer<typeof dataProblemsOutputSchema>;
