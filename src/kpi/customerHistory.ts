import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { KpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import type { CustomerWins } from './customerWins';
import { companiesById } from './customerWins';
import { customerGaps } from './customerGaps';
import type { Period } from '../domain/period';

/**
 * When each of the period's customers first bought (the earliest close date of the company's
 * won deals, whoever won them): what tells a new customer from a repeat one (kpi-spec §4). A
 * company whose deals were not all read, or that has a won deal with no close date, has no
 * known first purchase, and the KPIs that need one say how many such customers there are.
 */
export function firstPurchases(id: KpiId, wins: CustomerWins, ctx: KpiContext, period: Period = ctx.period): Result<Map<string, number>, KpiValue> {
  const gap = customerGaps(id, wins, ctx, period);
  if (gap) return err(gap);
  const companies = companiesById(ctx);
  if (companies === null && wins.customers.size > 0) return err(kpiMissing(id, 'insufficient_data', 'the companies of the deals were not read'));
  const first = new Map<string, number>();
  let unknown = 0;
  for (const companyId of wins.customers.keys()) {
    const history = companies?.get(companyId)?.wins;
    if (history === undefined || history === null || history.length === 0 || history.some((w) => w.closedAt === null)) {
      unknown++;
      continue;
    }
    first.set(companyId, Math.min(...history.map((w) => w.closedAt as number)));
  }
  if (unknown > 0) {
    return err(kpiMissing(id, 'insufficient_data', `when ${unknown} of ${wins.customers.size} customers first bought is unknown (their deals were not all read, or a won deal has no close date)`));
  }
  return ok(first);
}
