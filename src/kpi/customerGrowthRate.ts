import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { newCustomerIds } from './newCustomers';
import { labelOf } from './kpiPeriod';

/**
 * The customer base the settings set for the subject and period: the owner's own, or the sum
 * of its teams' (a department is every team's). Every team must have one: leaving one out
 * would inflate the rate.
 */
export function targetBase(ctx: KpiContext): Result<number, string> {
  const label = labelOf(ctx.period);
  const targets = ctx.settings.customerBaseTargets.filter((t) => t.period === label);
  const s = ctx.subject;
  if (s.kind === 'owner') {
    const own = targets.find((t) => t.ownerId === s.id);
    return own ? ok(own.customers) : err(`set the owner's target customer base for ${label} in the settings`);
  }
  let total = 0;
  const missing: string[] = [];
  for (const teamId of s.teamIds) {
    const target = targets.find((t) => t.teamId === teamId);
    if (target) total += target.customers;
    else missing.push(ctx.index.teamsById.get(teamId)?.name ?? teamId);
  }
  if (s.teamIds.length === 0 || missing.length > 0) return err(`set the target customer base for ${label} of ${missing.length > 0 ? missing.join(', ') : 'the team'} in the settings`);
  return ok(total);
}

/**
 * customer_growth_rate (客户增长率, kpi-spec §4): new customers in P (new_customers) / the
 * target customer base the settings give the team (or owner) for P.
 */
export function customerGrowthRate(ctx: KpiContext): KpiValue {
  const id = 'customer_growth_rate';
  const base = targetBase(ctx);
  if (!base.ok) return kpiMissing(id, 'not_configured', base.error);
  const ids = newCustomerIds(id, ctx);
  return ids.ok ? kpiOk(id, ids.value.length / base.value) : ids.error;
}
