import type { Deal, Pipeline } from '../domain/portal';
import { funnelConversion } from '../funnel/funnelConversion';
import type { PairConversion } from '../funnel/pairConversion';
import type { KpiContext } from './kpiContext';
import { boundsOf } from './kpiPeriod';
import { memoOnIndex } from './memoOnIndex';

export interface PipelineFunnel {
  pipeline: Pipeline;
  /** How many of the subject's deals are in this pipeline (any period). */
  dealCount: number;
  pairs: PairConversion[];
}

function dealsByPipeline(ctx: KpiContext): Map<string, Deal[]> {
  const byPipeline = new Map<string, Deal[]>();
  for (const ownerId of new Set(ctx.subject.ownerIds)) {
    for (const d of ctx.index.dealsByOwner.get(ownerId) ?? []) {
      if (d.pipelineId === null) continue;
      const list = byPipeline.get(d.pipelineId);
      if (list) list.push(d);
      else byPipeline.set(d.pipelineId, [d]);
    }
  }
  return byPipeline;
}

/**
 * The cohort conversion (kpi-spec §5, src/funnel) of every pipeline the subject's deals are
 * in, for the context's period, with the pipeline holding most of the subject's deals first
 * (ties: the pipeline HubSpot lists first). Kept per index: stage_conversion and
 * lead_to_deal_conversion of one scorecard share it.
 */
export function subjectFunnels(ctx: KpiContext): PipelineFunnel[] {
  const bounds = boundsOf(ctx.period, ctx.calendar);
  const key = `${bounds.start}|${bounds.end}|${ctx.now}|${JSON.stringify(ctx.settings.funnel)}|${ctx.subject.ownerIds.join(',')}`;
  return memoOnIndex(ctx.index, 'subjectFunnels', key, () => {
    const funnels: PipelineFunnel[] = [];
    for (const [pipelineId, deals] of dealsByPipeline(ctx)) {
      const pipeline = ctx.index.pipelinesById.get(pipelineId);
      if (pipeline === undefined) continue;
      funnels.push({ pipeline, dealCount: deals.length, pairs: funnelConversion({ pipeline, deals, bounds, now: ctx.now, funnel: ctx.settings.funnel }) });
    }
    return funnels.sort((a, b) => b.dealCount - a.dealCount || a.pipeline.displayOrder - b.pipeline.displayOrder);
  });
}
