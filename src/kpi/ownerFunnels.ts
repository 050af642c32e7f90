import type { Bounds } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import { funnelAlerts } from '../funnel/funnelAlerts';
import type { PairConversion } from '../funnel/pairConversion';
import type { FunnelSettings } from '../settings/settingsSchema';
import type { KpiContext } from './kpiContext';
import { dealColumns } from './dealColumns';
import { memoOnIndex } from './memoOnIndex';

/**
 * Every owner's cohort conversion (kpi-spec §5, src/funnel) in one pipeline and period, from
 * one pass over the deals in storage order that have an entry time in the period. Cohort
 * counts add up across owners (each deal has one owner), so any team's or department's funnel
 * is the sum of its owners' (see subjectFunnels) and the portal is read once per period, not
 * once per subject.
 */
export function ownerFunnels(ctx: KpiContext, pipeline: Pipeline, bounds: Bounds): ReadonlyMap<string, PairConversion[]> {
  const funnel: FunnelSettings = ctx.settings.funnel;
  const key = `${pipeline.id}|${bounds.start}|${bounds.end}|${ctx.now}|${JSON.stringify(funnel)}`;
  return memoOnIndex(ctx.index, 'ownerFunnels', key, () => {
    const { entryMin, entryMax } = dealColumns(ctx.data, ctx.index);
    const deals: Deal[] = [];
    const all = ctx.data.deals;
    for (let i = 0; i < all.length; i++) {
      if ((entryMax[i] as number) < bounds.start || (entryMin[i] as number) >= bounds.end) continue;
      const d = all[i] as Deal;
      if (d.pipelineId === pipeline.id) deals.push(d);
    }
    const groups = [...ctx.index.dealsByOwner.keys()].map((id) => ({ kind: 'owner' as const, id, ownerIds: [id] }));
    const result = funnelAlerts({ pipeline, deals, bounds, now: ctx.now, funnel, groups });
    return new Map(result.groups.map((g) => [g.id, g.pairs]));
  });
}
