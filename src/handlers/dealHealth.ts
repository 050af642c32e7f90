import type { Deal, Pipeline } from '../domain/portal';
import { daysInStage, isStalled, stalledLineDays } from '../funnel/stageAging';
import { stageWinChance } from '../funnel/stageWinChance';
import type { FunnelSettings } from '../settings/settingsSchema';
import type { DealKpisOutput } from './contracts/dealKpis';

/**
 * The deal card's health block (kpi-spec §5 stage aging; the historical win chance from the
 * deal's stage). `history` is the pipeline's recently closed deals (see dealKpis for the
 * window); a deal outside any known pipeline or stage has unknowns, not zeros.
 */
export function dealHealth(deal: Deal, pipeline: Pipeline | null, history: readonly Deal[], funnel: FunnelSettings, now: number): DealKpisOutput['health'] {
  const days = daysInStage(deal, now);
  if (pipeline === null || deal.stageId === null) {
    return { daysInStage: days, stalledLineDays: null, stalled: deal.outcome === 'open' ? null : false, winChance: { rate: null, n: 0, ci: null } };
  }
  const line = deal.outcome === 'open' ? stalledLineDays(pipeline, deal.stageId, history, funnel) : null;
  const chance = stageWinChance(pipeline, deal.stageId, history);
  return {
    daysInStage: days,
    stalledLineDays: line,
    stalled: isStalled(deal, line, now),
    winChance: { rate: chance.rate, n: chance.n, ci: chance.ci },
  };
}
