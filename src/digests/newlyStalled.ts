import type { Bounds } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import { DAY_MS } from '../funnel/cohortTally';
import { stalledLines } from '../funnel/stageAging';
import type { FunnelSettings } from '../settings/settingsSchema';

export interface StalledDeal {
  dealId: string;
  name: string | null;
  ownerId: string | null;
  stageLabel: string;
  /** Days in the stage at the week's end. */
  days: number;
  /** The stage's stalled line, days (kpi-spec §5 stage aging). */
  lineDays: number;
}

/**
 * Open deals that crossed their stage's stalled line during the week (kpi-spec §5: longer in the
 * stage than most won deals were): stalled at the week's end, not yet at its start. The lines
 * are drawn from `history` (every deal the digest reads), the deals listed from `deals`.
 */
export function newlyStalled(pipelines: readonly Pipeline[], history: readonly Deal[], deals: readonly Deal[], week: Bounds, funnel: FunnelSettings): StalledDeal[] {
  const found: StalledDeal[] = [];
  for (const pipeline of pipelines) {
    const lines = stalledLines(pipeline, history.filter((d) => d.pipelineId === pipeline.id), funnel);
    const labels = new Map(pipeline.stages.map((s) => [s.id, s.label]));
    for (const d of deals) {
      if (d.pipelineId !== pipeline.id || d.outcome !== 'open' || d.stageId === null) continue;
      const line = lines.get(d.stageId) ?? null;
      const entered = d.stageEnteredAt[d.stageId];
      if (line === null || entered === undefined) continue;
      const stalledAt = entered + line * DAY_MS;
      if (stalledAt < week.start || stalledAt >= week.end) continue;
      found.push({ dealId: d.id, name: d.name, ownerId: d.ownerId, stageLabel: labels.get(d.stageId) ?? d.stageId, days: (week.end - entered) / DAY_MS, lineDays: line });
    }
  }
  return found.sort((a, b) => b.days - a.days || a.dealId.localeCompare(b.dealId));
}
