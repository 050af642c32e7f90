import type { Deal } from '../domain/portal';
import type { SegmentSettings } from '../settings/settingsSchema';

export type SegmentDimension = SegmentSettings['by'];

/**
 * The segment a deal falls in (docs/kpis.md "Segments"): its pipeline, or the mapped segment
 * property's value. null is the "(no value)" segment: the deal is counted there and said,
 * never dropped. One switch per dimension, so a company property (the deal's companies' value)
 * adds a case here and nothing else.
 */
export function segmentKeyOf(deal: Deal, by: SegmentDimension): string | null {
  switch (by) {
    case 'pipeline':
      return deal.pipelineId;
    case 'deal_property':
      return deal.segmentValue;
  }
}
