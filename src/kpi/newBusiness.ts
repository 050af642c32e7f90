import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import type { PeriodTotals } from './periodTotals';
import { knownWonAmount, ratioOrMissing, totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';
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

/**
 * new_customers (新客户数, kpi-spec §4): the distinct companies of the newbusiness deals won in
 * P. A deal whose associations were not read, or that has no company, counts as one customer
 * (two such deals may be the same customer; the deal count is the best that can be said).
 */
export function newCustomers(ctx: KpiContext): KpiValue {
  const t = totalsOf(ctx);
  const unknown = unknownType('new_customers', t, ctx);
  if (unknown) return unknown;
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  const companies = new Set<string>();
  let withoutCompany = 0;
  for (const ownerId of new Set(ctx.subject.ownerIds)) {
    for (const d of ctx.index.dealsByOwner.get(ownerId) ?? []) {
      if (d.outcome !== 'won' || d.dealType !== 'newbusiness' || d.closedAt === null || d.closedAt < start || d.closedAt >= end) continue;
      if (d.companyIds === null || d.companyIds.length === 0) withoutCompany++;
      else for (const c of d.companyIds) companies.add(c);
    }
  }
  return kpiOk('new_customers', companies.size + withoutCompany);
}
