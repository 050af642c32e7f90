import type { Company, Deal, LineItem } from '../domain/portal';
import type { KpiContext } from './kpiContext';
import { companiesById, customerWins } from './customerWins';
import type { CustomerWins } from './customerWins';
import { firstPurchases } from './customerHistory';
import { comparisonPeriod } from './customerRetentionRate';
import { targetBase } from './customerGrowthRate';
import { isStrategic, wonLineItems } from './productMixShare';
import { boundsOf } from './kpiPeriod';
import { totalsOf } from './kpiInputs';

/** Why a record is listed under a customer or product KPI: what the formula counted it as. */
export type CustomerMark = 'new' | 'repeat' | 'kept' | 'lost' | 'key_account' | 'other_account' | 'strategic' | 'other_product';

/** A customer behind a KPI: the company, the subject's won deals with it in the period, how it was counted. */
export interface CustomerRecord {
  companyId: string;
  company: Company | null;
  deals: readonly Deal[];
  /** When the company first bought (anyone's won deal); null when unknown. */
  firstPurchaseAt: number | null;
  mark: CustomerMark | null;
}

export interface LineItemRecord {
  item: LineItem;
  deal: Deal;
  mark: CustomerMark;
}

export interface CustomerExplanation {
  inputs: [string, number | null][];
  customers: CustomerRecord[];
  lineItems: LineItemRecord[];
}

const wonAmount = (deals: readonly Deal[]): number => deals.reduce((sum, d) => sum + (d.amount ?? 0), 0);

function customersOf(ctx: KpiContext, wins: CustomerWins, mark: (id: string, first: number | null, company: Company | null) => CustomerMark | null): CustomerRecord[] {
  const companies = companiesById(ctx);
  const first = firstPurchases('new_customers', wins, ctx);
  return [...wins.customers].map(([companyId, deals]) => {
    const company = companies?.get(companyId) ?? null;
    const firstPurchaseAt = first.ok ? (first.value.get(companyId) ?? null) : null;
    return { companyId, company, deals, firstPurchaseAt, mark: mark(companyId, firstPurchaseAt, company) };
  });
}

/**
 * The records and inputs behind the customer and product KPIs (kpi-spec §4) for "how this was
 * calculated": the customers of the period, each marked new or repeat, key account or not
 * (retention: the comparison period's customers, kept or lost), or the won line items marked
 * strategic or not. null for any other KPI.
 */
export function explainCustomers(id: string, ctx: KpiContext): CustomerExplanation | null {
  const wins = customerWins(ctx);
  const { start } = boundsOf(ctx.period, ctx.calendar);
  const newOrRepeat = (_: string, first: number | null): CustomerMark | null => (first === null ? null : first >= start ? 'new' : 'repeat');
  const count = (list: CustomerRecord[], m: CustomerMark) => list.filter((c) => c.mark === m).length;
  if (id === 'new_customers' || id === 'repeat_purchase_rate' || id === 'customer_growth_rate') {
    const customers = customersOf(ctx, wins, newOrRepeat);
    const base = targetBase(ctx);
    const inputs: [string, number | null][] =
      id === 'new_customers' ? [['new_customers', count(customers, 'new')]]
      : id === 'repeat_purchase_rate' ? [['repeat_customers', count(customers, 'repeat')], ['customers', customers.length]]
      : [['new_customers', count(customers, 'new')], ['target_base', base.ok ? base.value : null]];
    return { inputs, customers, lineItems: [] };
  }
  if (id === 'customer_retention_rate') {
    const before = customerWins(ctx, comparisonPeriod(ctx));
    const customers = customersOf(ctx, before, (companyId) => (wins.customers.has(companyId) ? 'kept' : 'lost'));
    return { inputs: [['kept_customers', count(customers, 'kept')], ['comparison_customers', customers.length]], customers, lineItems: [] };
  }
  if (id === 'key_account_share') {
    const keys = ctx.settings.keyAccounts;
    const isKey = (company: Company | null) => keys !== null && keys.values.includes(company?.properties[keys.property] ?? '');
    const customers = customersOf(ctx, wins, (_, __, company) => (isKey(company) ? 'key_account' : 'other_account'));
    const keyWon = wonAmount(customers.filter((c) => c.mark === 'key_account').flatMap((c) => c.deals));
    return { inputs: [['key_account_won', keyWon], ['won', totalsOf(ctx).wonAmount]], customers, lineItems: [] };
  }
  if (id === 'product_mix_share') {
    const strategic = ctx.settings.strategicProducts;
    const dealOf = new Map(wins.won.flatMap((d) => (d.lineItemIds ?? []).map((lineItemId) => [lineItemId, d] as const)));
    const lineItems = wonLineItems(ctx).items.flatMap((item) => {
      const deal = dealOf.get(item.id);
      return deal === undefined ? [] : [{ item, deal, mark: strategic !== null && isStrategic(item, strategic) ? ('strategic' as const) : ('other_product' as const) }];
    });
    const sum = (list: LineItemRecord[]) => list.reduce((s, l) => s + (l.item.amount ?? 0), 0);
    return { inputs: [['strategic_won', sum(lineItems.filter((l) => l.mark === 'strategic'))], ['line_items_won', sum(lineItems)]], customers: [], lineItems };
  }
  return null;
}
