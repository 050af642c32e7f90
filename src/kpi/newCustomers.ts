import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { KpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiOk } from './kpiValue';
import { customerWins } from './customerWins';
import { firstPurchases } from './customerHistory';
import { boundsOf } from './kpiPeriod';

/** The subject's customers of P whose first won deal (anyone's) closed in P. */
export function newCustomerIds(id: KpiId, ctx: KpiContext): Result<string[], KpiValue> {
  const wins = customerWins(ctx);
  const first = firstPurchases(id, wins, ctx);
  if (!first.ok) return err(first.error);
  const { start } = boundsOf(ctx.period, ctx.calendar);
  return ok([...first.value].filter(([, at]) => at >= start).map(([companyId]) => companyId));
}

/**
 * new_customers (新客户数, kpi-spec §4): the distinct companies whose first won deal falls in
 * P, among those the subject won a deal with in P. A company that bought before P is a repeat
 * customer, whatever the deal's type says.
 */
export function newCustomers(ctx: KpiContext): KpiValue {
  const ids = newCustomerIds('new_customers', ctx);
  return ids.ok ? kpiOk('new_customers', ids.value.length) : ids.error;
}
