import type { KpiContext } from './kpiContext';
import type { KpiValue, WorstPair } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { labelOf } from './kpiPeriod';
import { subjectFunnels } from './subjectFunnels';

/**
 * stage_conversion (阶段转化率, kpi-spec §5, the manager template's "worst pair vs threshold"):
 * the lowest rate / threshold over every stage pair, in every pipeline the subject's deals are
 * in, that has a rate from at least funnel.minSample deals (smaller samples are the funnel's
 * `info` severity: too few to judge). 1 = exactly at threshold. A pair whose threshold is 0
 * can never fall short and is skipped. The value is an index, not a rate (1.43 reads "1.43×"),
 * so the pair and its rate come with it.
 */
export function stageConversion(ctx: KpiContext): KpiValue {
  const id = 'stage_conversion';
  const { minSample } = ctx.settings.funnel;
  let worst: { index: number; pair: WorstPair } | null = null;
  for (const { pairs } of subjectFunnels(ctx)) {
    for (const p of pairs) {
      if (p.rate === null || p.entered < minSample || p.threshold <= 0) continue;
      const vsThreshold = p.rate / p.threshold;
      if (worst !== null && vsThreshold >= worst.index) continue;
      const label = (stageId: string) => ctx.index.stagesById.get(stageId)?.label ?? stageId;
      worst = { index: vsThreshold, pair: { fromLabel: label(p.from), toLabel: label(p.to), rate: p.rate, threshold: p.threshold } };
    }
  }
  if (worst === null) return kpiMissing(id, 'insufficient_data', `no stage pair had ${minSample} or more deals entering in ${labelOf(ctx.period)}`);
  return { ...kpiOk(id, worst.index), worstPair: worst.pair };
}

/**
 * lead_to_deal_conversion (线索转化率, kpi-spec §4): the rate of the first step pair of the
 * subject's main pipeline — the one holding most of its deals, as reps mostly work one — with
 * the same minimum sample as stage_conversion.
 */
export function leadToDealConversion(ctx: KpiContext): KpiValue {
  const id = 'lead_to_deal_conversion';
  const main = subjectFunnels(ctx)[0];
  if (main === undefined) return kpiMissing(id, 'insufficient_data', 'the owners in scope have no deals in a known pipeline');
  const first = main.pairs[0];
  if (first === undefined) return kpiMissing(id, 'not_configured', `pipeline ${main.pipeline.label} has fewer than two funnel steps`);
  const { minSample } = ctx.settings.funnel;
  if (first.rate === null || first.entered < minSample) {
    return kpiMissing(id, 'insufficient_data', `${first.entered} deals entered the first stage of ${main.pipeline.label} in ${labelOf(ctx.period)}; ${minSample} are needed`);
  }
  return kpiOk(id, first.rate);
}
