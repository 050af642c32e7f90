import { z } from 'zod';

/**
 * What can be wrong with a deal so that it cannot be read as it stands (kpi-spec §2, "data
 * problem"; docs/kpis.md "Data problems"). Each kind names what a RevOps lead must fix.
 */
export const DATA_PROBLEM_KINDS = [
  'amount_not_a_number',
  'amount_missing',
  'amount_negative',
  'closedate_missing',
  'closedate_unreadable',
  'closedate_before_createdate',
  'createdate_unreadable',
  'stage_time_unreadable',
  'stage_times_out_of_order',
  'pipeline_unknown',
  'stage_unknown',
  'value_unreadable',
] as const;
export const dataProblemKindSchema = z.enum(DATA_PROBLEM_KINDS);
export type DataProblemKind = z.infer<typeof dataProblemKindSchema>;

/**
 * A record that cannot be read as it stands, as users see it: the JSON `dataIssues` of the
 * scorecard and funnel outputs, the card's list and `kpi doctor`. `problem` is the English
 * sentence; the cards translate `kind`.
 */
export const dataProblemSchema = z.object({
  recordId: z.string(),
  /** The HubSpot property at fault (e.g. `amount`, `closedate`, `hs_v2_date_entered_<stage>`). */
  field: z.string(),
  problem: z.string(),
  kind: dataProblemKindSchema,
  object: z.literal('deal'),
  recordName: z.string().nullable(),
  ownerId: z.string().nullable(),
});
export type DataProblem = z.infer<typeof dataProblemSchema>;
