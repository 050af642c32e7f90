import type { LineItem } from '../domain/portal';
import type { StrategicProducts } from '../settings/settingsSchema';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import { customerWins } from './customerWins';
import { ratioOrMissing } from './kpiInputs';
import { labelOf } from './kpiPeriod';
import { memoOnIndex } from './memoOnIndex';

export const isStrategic = (item: LineItem, s: StrategicProducts): boolean =>
  (item.productId !== null && s.productIds.includes(item.productId)) || (s.property !== null && s.values.includes(item.properties[s.property] ?? ''));

/** The line items of the deals won in P, or the number of deals whose line items are unknown. */
export function wonLineItems(ctx: KpiContext): { items: LineItem[]; unread: number; without: number; unknownAmount: number } {
  const all = ctx.data.lineItems;
  const byId = all ? memoOnIndex(ctx.index, 'lineItemsById', '', () => new Map(all.map((l) => [l.id, l]))) : null;
  const items: LineItem[] = [];
  let unread = 0;
  let without = 0;
  let unknownAmount = 0;
  for (const deal of customerWins(ctx).won) {
    if (deal.lineItemIds === null || byId === null) unread++;
    else if (deal.lineItemIds.length === 0) without++;
    else {
      for (const lineItemId of deal.lineItemIds) {
        const item = byId.get(lineItemId);
        if (item === undefined) unread++;
        else if (item.amount === null || item.amount < 0) unknownAmount++;
        else items.push(item);
      }
    }
  }
  return { items, unread, without, unknownAmount };
}

/**
 * product_mix_share (产品组合销售, kpi-spec §4): won amount of the strategic products' line
 * items / won amount of all line items, over the deals won in P. Shares are taken of the line
 * items themselves so that a deal's amount edited apart from its lines cannot push the share
 * past 1. A won deal with no line items cannot be split by product and is named, not skipped.
 */
export function productMixShare(ctx: KpiContext): KpiValue {
  const id = 'product_mix_share';
  const strategic = ctx.settings.strategicProducts;
  if (strategic === null) return kpiMissing(id, 'not_configured', 'name the strategic products (or a line-item property and its values) in the settings');
  const label = labelOf(ctx.period);
  const lines = wonLineItems(ctx);
  const won = customerWins(ctx).won.length;
  if (lines.unread > 0) return kpiMissing(id, 'insufficient_data', `the line items of ${lines.unread} of ${won} deals won in ${label} were not read; product KPIs need the portal mirror (the KPI backend)`);
  if (lines.without > 0) return kpiMissing(id, 'insufficient_data', `${lines.without} of ${won} deals won in ${label} have no line items; add the products sold to count this KPI`);
  if (lines.unknownAmount > 0) return kpiMissing(id, 'insufficient_data', `${lines.unknownAmount} line items of deals won in ${label} have no amount or a negative one`);
  let total = 0;
  let share = 0;
  for (const item of lines.items) {
    total += item.amount as number;
    if (isStrategic(item, strategic)) share += item.amount as number;
  }
  return ratioOrMissing(id, share, total, `nothing was won in ${label}`);
}
