import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import type { PeriodTotals } from './periodTotals';
import { knownWonAmount, ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';
import type { KpiId } from './catalog';

/**
 * A won deal with no dealtype cannot be told new from existing business; counting it as
 * either would bias the split, so the KPIs that need it wait for it to be set (kpi-spec §2).
 */
function unknownType(id: KpiId, t: PeriodTotals, ctx: KpiContext): KpiValue | null {
  if (t.wonTypeUnknown === 0) return null;
  return kpiMissing(id, 'insufficient_data', `${t.wonTypeUnknown} of ${t.wonCount} deals won in ${labelOf(ctx.period)} have no deal type (new or existing business)`);
}

/** new_business_share (新客户销售额占比, kpi-spec §4): won newbusiness amount / won amount. */
export function newBusinessShare(ctx: KpiContext): KpiValue {
  const id = 'new_business_share';
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const unknown = unknownType(id, t, ctx);
  if (unknown) return unknown;
  return ratioOrMissing(id, t.wonNewAmount, won.value, `nothing was won in ${labelOf(ctx.period)}`);
}
