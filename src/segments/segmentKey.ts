import type { Deal } from '../domain/portal';
import type { SegmentSettings } from '../settings/settingsSchema';

export type SegmentDimension = SegmentSettings['by'];

/**
 * What a deal's segment is read from: the dimension, and when it is a company property, that
 * property's value for each company read with it (null: the company has it empty).
 */
export interface SegmentCut {
  by: SegmentDimension;
  companyValues: ReadonlyMap<string, string | null>;
}

/**
 * The segment a deal falls in (docs/kpis.md "Segments"): its pipeline, the mapped segment
 * property's value, or its customer's value of the company property, the customer being the
 * primary company (the first of `companyIds`, as companyWins reads it). null is the
 * "(no value)" segment: the deal is counted there and said, never dropped.
 */
export function segmentKeyOf(deal: Deal, cut: SegmentCut): string | null {
  switch (cut.by) {
    case 'pipeline':
      return deal.pipelineId;
    case 'deal_property':
      return deal.segmentValue;
    case 'company_property': {
      const customer = deal.companyIds?.[0];
      return customer === undefined ? null : (cut.companyValues.get(customer) ?? null);
    }
  }
}
