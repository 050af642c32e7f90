import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
import { targetOf } from './attainment';

/**
 * pipeline_coverage (管道覆盖率, kpi-spec §4; docs/kpis.md): open amount with closedate in P /
 * (target − won so far); 3 is the common rule. It is not applicable once P has ended (nothing
 * open can still close in it: scoring the leftovers 0 would push every manager to D after each
 * quarter) or once the target is met (no gap is left to cover, and the ratio would divide by 0
 * or less). Either way it drops out of the scorecard with its weight re-spread, neither
 * rewarding nor punishing anyone.
 */
export function pipelineCoverage(ctx: KpiContext): KpiValue {
  const id = 'pipeline_coverage';
  if (ctx.now >= boundsOf(ctx.period, ctx.calendar).end) {
    return kpiMissing(id, 'not_applicable', `${labelOf(ctx.period)} has ended: there is no pipeline left to cover it`);
  }
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const target = targetOf(id, ctx);
  if (!target.ok) return target.error;
  const gap = target.value - won.value;
  if (gap <= 0) return kpiMissing(id, 'not_applicable', `the target for ${labelOf(ctx.period)} is already met (won ${won.value} of ${target.value}); there is no gap to cover`);
  if (t.openAmountUnknown > 0) {
    return kpiMissing(id, 'insufficient_data', `${t.openAmountUnknown} of ${t.openCount} open deals closing in ${labelOf(ctx.period)} have no amount`);
  }
  return kpiOk(id, t.openAmount / gap);
}
