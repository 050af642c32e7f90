import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * win_rate (赢单率, kpi-spec §4): won / (won + lost) among the deals closed in P. Deals whose
 * outcome is unknown are neither; with no closed deal there is no rate (not 0%).
 */
export function winRate(ctx: KpiContext): KpiValue {
  const t = totalsOf(ctx);
  return ratioOrMissing('win_rate', t.wonCount, t.wonCount + t.lostCount, `no deals were closed in ${labelOf(ctx.period)}`);
}
