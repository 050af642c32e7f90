import type { PortalData } from '../domain/portal';
import type { PortalIndex } from './portalIndex';
import { memoOnIndex } from './memoOnIndex';

/**
 * Per-deal facts laid out in `data.deals` order, read once per index:
 * - the earliest and latest stage-entry time of each deal (Infinity / −Infinity when none).
 *   A deal belongs to a funnel cohort of period P only if entered(d, s) ∈ P for some step s,
 *   and entered(d, s) is always one of the deal's own entry times (kpi-spec §5), so a deal
 *   with no entry time in P can be skipped for P without reading it again;
 * - each owner's deal count per pipeline (which pipeline is an owner's main one).
 */
export interface DealColumns {
  entryMin: Float64Array;
  entryMax: Float64Array;
  pipelineCountsByOwner: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

function countPipeline(counts: Map<string, Map<string, number>>, ownerId: string, pipelineId: string): void {
  let byPipeline = counts.get(ownerId);
  if (byPipeline === undefined) counts.set(ownerId, (byPipeline = new Map()));
  byPipeline.set(pipelineId, (byPipeline.get(pipelineId) ?? 0) + 1);
}

export function dealColumns(data: PortalData, index: PortalIndex): DealColumns {
  return memoOnIndex(index, 'dealColumns', '', () => {
    const n = data.deals.length;
    const entryMin = new Float64Array(n);
    const entryMax = new Float64Array(n);
    const counts = new Map<string, Map<string, number>>();
    for (let i = 0; i < n; i++) {
      const deal = data.deals[i];
      let min = Infinity;
      let max = -Infinity;
      if (deal === undefined) continue;
      for (const stageId in deal.stageEnteredAt) {
        const t = deal.stageEnteredAt[stageId] as number;
        if (t < min) min = t;
        if (t > max) max = t;
      }
      entryMin[i] = min;
      entryMax[i] = max;
      if (deal.ownerId !== null && deal.pipelineId !== null) countPipeline(counts, deal.ownerId, deal.pipelineId);
    }
    return { entryMin, entryMax, pipelineCountsByOwner: counts };
  });
}
