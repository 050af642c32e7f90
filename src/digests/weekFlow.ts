import type { Bounds } from '../domain/period';
import type { Deal } from '../domain/portal';

/** Deals created, or won, in one week: how many, their known amount, how many have no amount. */
export interface WeekFlow {
  count: number;
  amount: number;
  amountUnknown: number;
}

const inBounds = (at: number | null, b: Bounds): boolean => at !== null && at >= b.start && at < b.end;

function flowOf(deals: readonly Deal[]): WeekFlow {
  let amount = 0;
  let amountUnknown = 0;
  for (const d of deals) {
    if (d.amount === null) amountUnknown++;
    else amount += d.amount;
  }
  return { count: deals.length, amount, amountUnknown };
}

/** Pipeline created (新增商机): deals whose createdate falls in the week. */
export const createdIn = (deals: readonly Deal[], week: Bounds): WeekFlow => flowOf(deals.filter((d) => inBounds(d.createdAt, week)));

/** Won (成交): deals won whose closedate falls in the week. */
export const wonIn = (deals: readonly Deal[], week: Bounds): WeekFlow => flowOf(deals.filter((d) => d.outcome === 'won' && inBounds(d.closedAt, week)));
