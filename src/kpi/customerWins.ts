import type { Bounds } from '../domain/period';
import type { Company, Deal } from '../domain/portal';
import type { KpiContext } from './kpiContext';
import { boundsOf } from './kpiPeriod';
import { memoOnIndex } from './memoOnIndex';
import type { Period } from '../domain/period';

/**
 * The subject's customers of one period (kpi-spec §4, customers): the distinct companies
 * the subject won deals with in it, a deal's customer being its primary company (HubSpot's
 * "Primary" deal→company association; the first associated company when none is primary), so
 * a deal is never two customers. Deals that cannot be placed on a company
 * are kept apart, so that no customer KPI counts them as nobody or as somebody new.
 */
export interface CustomerWins {
  /** The subject's deals won in the period. */
  won: readonly Deal[];
  /** Customer (company id) → the subject's deals won in the period with that customer. */
  customers: ReadonlyMap<string, readonly Deal[]>;
  /** Won deals whose company associations were not read. */
  unread: readonly Deal[];
  /** Won deals associated with no company. */
  withoutCompany: readonly Deal[];
}

export function customerWins(ctx: KpiContext, period: Period = ctx.period): CustomerWins {
  const bounds = boundsOf(period, ctx.calendar);
  const owners = [...new Set(ctx.subject.ownerIds)].sort();
  return memoOnIndex(ctx.index, 'customerWins', `${owners.join(',')}|${bounds.start}|${bounds.end}`, () => gather(ctx, owners, bounds));
}

function gather(ctx: KpiContext, owners: readonly string[], bounds: Bounds): CustomerWins {
  const won: Deal[] = [];
  const customers = new Map<string, Deal[]>();
  const unread: Deal[] = [];
  const withoutCompany: Deal[] = [];
  for (const ownerId of owners) {
    for (const d of ctx.index.dealsByOwner.get(ownerId) ?? []) {
      if (d.outcome !== 'won' || d.closedAt === null || d.closedAt < bounds.start || d.closedAt >= bounds.end) continue;
      won.push(d);
      if (d.companyIds === null) unread.push(d);
      else if (d.companyIds[0] === undefined) withoutCompany.push(d);
      else push(customers, d.companyIds[0], d);
    }
  }
  return { won, customers, unread, withoutCompany };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The companies read with the portal, by id; null when none were read. */
export function companiesById(ctx: KpiContext): ReadonlyMap<string, Company> | null {
  const companies = ctx.data.companies;
  if (companies === undefined || companies === null) return null;
  return memoOnIndex(ctx.index, 'companiesById', '', () => new Map(companies.map((c) => [c.id, c])));
}
