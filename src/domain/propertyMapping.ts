import { z } from 'zod';

/**
 * Which portal deal properties hold the optional inputs of kpi-spec §2 (回款额, 毛利,
 * expense, forecast at period start). Unmapped means the KPIs that need them are
 * `not_configured`, never computed as zero.
 */
export const propertyMappingSchema = z.object({
  collectedAmount: z.string().min(1).nullable().default(null),
  grossMargin: z.string().min(1).nullable().default(null),
  expense: z.string().min(1).nullable().default(null),
  forecastAmount: z.string().min(1).nullable().default(null),
  /** The deal property segments are cut by when the admin segments by a deal property (region, product line, industry). */
  segment: z.string().min(1).nullable().default(null),
});
export type PropertyMapping = z.infer<typeof propertyMappingSchema>;

export const EMPTY_MAPPING: PropertyMapping = {
  collectedAmount: null,
  grossMargin: null,
  expense: null,
  forecastAmount: null,
  segment: null,
};
