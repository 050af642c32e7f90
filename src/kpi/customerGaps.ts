import type { KpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import type { CustomerWins } from './customerWins';
import { labelOf } from './kpiPeriod';
import type { Period } from '../domain/period';

/**
 * Why a customer KPI cannot be counted for the period, or null when it can: the deals' company
 * associations were not read (a snapshot without them, or a live read, which cannot afford
 * them), or a won deal has no company. Either way the deal's customer is unknown, and counting
 * it as no one or as a new one would move the KPI silently (kpi-spec §2).
 */
export function customerGaps(id: KpiId, wins: CustomerWins, ctx: KpiContext, period: Period = ctx.period): KpiValue | null {
  const label = labelOf(period);
  if (wins.unread.length > 0) {
    return kpiMissing(id, 'insufficient_data', `the companies of ${wins.unread.length} of ${wins.won.length} deals won in ${label} were not read; customer KPIs need the portal mirror (the KPI backend)`);
  }
  if (wins.withoutCompany.length > 0) {
    return kpiMissing(id, 'insufficient_data', `${wins.withoutCompany.length} of ${wins.won.length} deals won in ${label} have no associated company; associate them to count this KPI`);
  }
  return null;
}
