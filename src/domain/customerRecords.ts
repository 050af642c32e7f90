import type { Company, CompanyWin, DataIssue, Deal, LineItem } from './portal';
import type { CrmObject } from './snapshot';
import { toCompany } from './toCompany';
import { toLineItem } from './toLineItem';

/**
 * Each company's won deals out of every deal read (any owner's): the deals whose customer it
 * is, a deal's customer being its primary company (the first of `companyIds`). null when a won deal's associations were not read: a company's history would
 * then be incomplete, and a first purchase could look like a repeat or the other way round.
 */
export function companyWins(deals: readonly Deal[]): Map<string, CompanyWin[]> | null {
  const wins = new Map<string, CompanyWin[]>();
  for (const deal of deals) {
    if (deal.outcome !== 'won') continue;
    if (deal.companyIds === null) return null;
    const customer = deal.companyIds[0];
    if (customer === undefined) continue;
    const list = wins.get(customer);
    const win = { dealId: deal.id, closedAt: deal.closedAt };
    if (list) list.push(win);
    else wins.set(customer, [win]);
  }
  return wins;
}

/** The companies and line items of a snapshot or mirror, parsed once; absent collections stay unknown. */
export function customerRecords(
  companies: readonly CrmObject[] | undefined | null,
  lineItems: readonly CrmObject[] | undefined | null,
  deals: readonly Deal[],
  issues: DataIssue[],
): { companies: Company[] | null; lineItems: LineItem[] | null } {
  const wins = companies ? companyWins(deals) : null;
  return {
    companies: companies ? companies.filter((c) => c.archived !== true).map((c) => toCompany(c, wins === null ? null : (wins.get(c.id) ?? []))) : null,
    lineItems: lineItems ? lineItems.filter((l) => l.archived !== true).map((l) => toLineItem(l, issues)) : null,
  };
}

/**
 * HubSpot leaves `associations.companies` (or `line_items`) out of a record that has none, so
 * in a snapshot that holds companies (or line items) a deal without the key has none; in one
 * without them, nothing was read and the deal's stay unknown.
 */
export function withAssociationsRead(deals: Deal[], companiesRead: boolean, lineItemsRead: boolean): Deal[] {
  if (!companiesRead && !lineItemsRead) return deals;
  return deals.map((d) => {
    const companyIds = d.companyIds === null && companiesRead ? [] : d.companyIds;
    const lineItemIds = d.lineItemIds === null && lineItemsRead ? [] : d.lineItemIds;
    return companyIds === d.companyIds && lineItemIds === d.lineItemIds ? d : { ...d, companyIds, lineItemIds };
  });
}
