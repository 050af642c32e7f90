import type { Pipeline } from '../domain/portal';
import type { PairConversion } from '../funnel/pairConversion';
import { toPairConversion } from '../funnel/pairConversion';
import type { KpiContext } from './kpiContext';
import { boundsOf } from './kpiPeriod';
import { dealColumns } from './dealColumns';
import { ownerFunnels } from './ownerFunnels';

export interface PipelineFunnel {
  pipeline: Pipeline;
  /** How many of the subject's deals are in this pipeline (any period). */
  dealCount: number;
  pairs: PairConversion[];
}

/** The subject's deal count per pipeline. */
function pipelineCounts(ctx: KpiContext, owners: ReadonlySet<string>): Map<string, number> {
  const { pipelineCountsByOwner } = dealColumns(ctx.data, ctx.index);
  const counts = new Map<string, number>();
  for (const ownerId of owners) for (const [pipelineId, n] of pipelineCountsByOwner.get(ownerId) ?? []) counts.set(pipelineId, (counts.get(pipelineId) ?? 0) + n);
  return counts;
}

/** Sums the owners' entered and converted counts pair by pair; rate, interval and severity follow from the sums. */
function sumPairs(byOwner: ReadonlyMap<string, PairConversion[]>, owners: ReadonlySet<string>, minSample: number): PairConversion[] {
  let sums: { pair: PairConversion; entered: number; converted: number }[] | null = null;
  for (const ownerId of owners) {
    const pairs = byOwner.get(ownerId);
    if (pairs === undefined) continue;
    sums ??= pairs.map((pair) => ({ pair, entered: 0, converted: 0 }));
    pairs.forEach((p, i) => {
      const s = sums?.[i];
      if (s) {
        s.entered += p.entered;
        s.converted += p.converted;
      }
    });
  }
  return (sums ?? []).map((s) => toPairConversion(s.pair.from, s.pair.to, s.entered, s.converted, s.pair.threshold, minSample));
}

/**
 * The cohort conversion of every pipeline the subject's deals are in, for the context's
 * period, the pipeline holding most of the subject's deals first (ties: the one HubSpot lists
 * first). A pipeline in which no owner in scope had a deal entering a stage in P has no pairs.
 */
export function subjectFunnels(ctx: KpiContext): PipelineFunnel[] {
  const bounds = boundsOf(ctx.period, ctx.calendar);
  const owners = new Set(ctx.subject.ownerIds);
  const funnels: PipelineFunnel[] = [];
  for (const [pipelineId, dealCount] of pipelineCounts(ctx, owners)) {
    const pipeline = ctx.index.pipelinesById.get(pipelineId);
    if (pipeline === undefined) continue;
    funnels.push({ pipeline, dealCount, pairs: sumPairs(ownerFunnels(ctx, pipeline, bounds), owners, ctx.settings.funnel.minSample) });
  }
  return funnels.sort((a, b) => b.dealCount - a.dealCount || a.pipeline.displayOrder - b.pipeline.displayOrder);
}
