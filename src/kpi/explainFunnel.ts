import type { Pipeline } from '../domain/portal';
import { pairCohorts } from '../funnel/pairCohorts';
import type { PairConversion } from '../funnel/pairConversion';
import type { KpiContext } from './kpiContext';
import { named, type ExplainedDeal, type ExplainedPair, type KpiExplanation } from './kpiExplanation';
import { boundsOf } from './kpiPeriod';
import { dealsOfOwners } from './portalIndex';
import { subjectFunnels } from './subjectFunnels';

interface Counted {
  pipeline: Pipeline;
  pair: PairConversion;
  deals: ExplainedDeal[];
  explained: ExplainedPair;
}

/** Every pair of the subject's funnels with the deals of its cohort, main pipeline first (subjectFunnels). */
function countedPairs(ctx: KpiContext, maxPerPair: number): Counted[] {
  const bounds = boundsOf(ctx.period, ctx.calendar);
  const deals = dealsOfOwners(ctx.index, [...new Set(ctx.subject.ownerIds)]);
  return subjectFunnels(ctx).flatMap(({ pipeline, pairs }) => {
    const cohorts = pairCohorts({ pipeline, deals: deals.filter((d) => d.pipelineId === pipeline.id), bounds, now: ctx.now, funnel: ctx.settings.funnel }, maxPerPair);
    return pairs.map((pair, i) => {
      const cohort = cohorts[i];
      const labels = { pipeline: pipeline.label, from: cohort?.from.label ?? pair.from, to: cohort?.to.label ?? pair.to };
      const explained = { ...labels, entered: pair.entered, converted: pair.converted, rate: pair.rate, threshold: pair.threshold };
      const listed = (cohort?.deals ?? []).map(({ deal, advanced }) => ({ deal, input: advanced ? ('advanced' as const) : ('entered' as const), pair: { ...labels, advanced } }));
      return { pipeline, pair, deals: listed, explained };
    });
  });
}

const explanation = (inputs: KpiExplanation['inputs'], ordered: Counted[], maxRecords: number): KpiExplanation => ({
  operator: 'divide',
  inputs,
  recordSet: 'funnel',
  deals: ordered.flatMap((c) => c.deals).slice(0, maxRecords),
  dealCount: ordered.reduce((n, c) => n + c.pair.entered, 0),
  meetings: [],
  scores: [],
  pairs: ordered.map((c) => c.explained),
});

/**
 * stage_conversion (kpi-spec §5): the worst pair's rate ÷ its threshold, chosen as
 * stageConversion chooses it, then every other pair; each pair's deals are its cohort, the
 * advanced ones its conversions, so a manager can count the rate by hand.
 */
export function explainStageConversion(ctx: KpiContext, maxRecords = Number.POSITIVE_INFINITY): KpiExplanation {
  const { minSample } = ctx.settings.funnel;
  const all = countedPairs(ctx, maxRecords);
  let worst: Counted | null = null;
  for (const c of all) {
    const { rate, entered, threshold } = c.pair;
    if (rate === null || entered < minSample || threshold <= 0) continue;
    if (worst === null || rate / threshold < (worst.pair.rate as number) / worst.pair.threshold) worst = c;
  }
  const ordered = worst === null ? all : [worst, ...all.filter((c) => c !== worst)];
  return explanation(named([['rate', worst?.pair.rate ?? null], ['threshold', worst?.pair.threshold ?? null]]), ordered, maxRecords);
}

/** lead_to_deal_conversion (kpi-spec §4): the first pair of the main pipeline, advanced ÷ entered, with its cohort. */
export function explainLeadConversion(ctx: KpiContext, maxRecords = Number.POSITIVE_INFINITY): KpiExplanation {
  const mainId = subjectFunnels(ctx)[0]?.pipeline.id;
  const first = countedPairs(ctx, maxRecords).find((c) => c.pipeline.id === mainId);
  const ordered = first === undefined ? [] : [first];
  return explanation(named([['advanced', first?.pair.converted ?? null], ['entered', first?.pair.entered ?? null]]), ordered, maxRecords);
}
