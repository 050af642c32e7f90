import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';
import { targetOf } from './attainment';

/**
 * pipeline_coverage (管道覆盖率, kpi-spec §4): open amount with closedate in P / (target − won
 * so far); 3 is the common rule. Once the target is met there is no gap left to cover and the
 * ratio is undefined (dividing by 0 or less), so the KPI reports insufficient_data saying the
 * target is met: it then drops out of the scorecard with its weight re-spread, neither
 * rewarding nor punishing an owner who has already made their number.
 */
export function pipelineCoverage(ctx: KpiContext): KpiValue {
  const id = 'pipeline_coverage';
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const target = targetOf(id, ctx);
  if (!target.ok) return target.error;
  const gap = target.value - won.value;
  if (gap <= 0) return kpiMissing(id, 'insufficient_data', `the target for ${labelOf(ctx.period)} is already met (won ${won.value} of ${target.value}); there is no gap to cover`);
  if (t.openAmountUnknown > 0) {
    return kpiMissing(id, 'insufficient_data', `${t.openAmountUnknown} of ${t.openCount} open deals closing in ${labelOf(ctx.period)} have no amount`);
  }
  return kpiOk(id, t.openAmount / gap);
}
