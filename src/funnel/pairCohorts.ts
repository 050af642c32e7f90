import type { Deal } from '../domain/portal';
import { cohortWindow, type FunnelConversionInput } from './funnelConversion';
import { isClosed, readProgress } from './dealProgress';
import type { FunnelStep } from './funnelSteps';
import { buildStepIndex } from './stepIndex';

/** The deals one step pair's conversion counts (kpi-spec §5): each entered `from`, `advanced` when it reached `to`. */
export interface PairCohort {
  from: FunnelStep;
  to: FunnelStep;
  deals: { deal: Deal; advanced: boolean }[];
}

/**
 * The cohort of every step pair as deals rather than counts, by the same rule as the tally
 * (cohortTally.ts): entered(d, s) in the period, young open deals that have not moved left
 * out. What the drill-down lists, so its rows are exactly the deals behind the rate; at most
 * `maxPerPair` each, since a department's cohorts on a large portal run to the hundreds of
 * thousands and only the first rows are shown.
 */
export function pairCohorts(input: FunnelConversionInput, maxPerPair = Number.POSITIVE_INFINITY): PairCohort[] {
  const index = buildStepIndex(input.pipeline);
  const cohorts: PairCohort[] = index.steps.slice(1).map((to, i) => ({ from: index.steps[i] as FunnelStep, to, deals: [] }));
  const entered = new Float64Array(index.steps.length);
  const { bounds, now, maturityMs } = cohortWindow(input);
  for (const deal of input.deals) {
    if (deal.pipelineId !== index.pipelineId) continue;
    const furthest = readProgress(deal, index, entered);
    const closed = isClosed(deal);
    for (let s = 0; s < cohorts.length; s++) {
      const at = entered[s] as number;
      if (at >= bounds.end) break;
      if (at < bounds.start) continue;
      const advanced = furthest > s;
      if (!advanced && !closed && now - at < maturityMs) continue;
      const cohort = cohorts[s];
      if (cohort !== undefined && cohort.deals.length < maxPerPair) cohort.deals.push({ deal, advanced });
    }
  }
  return cohorts;
}
