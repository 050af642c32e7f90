import type { DataIssue, LineItem } from './portal';
import type { CrmObject } from './snapshot';
import { parseAmount } from './parseValue';
import { readProperty } from './readProperty';

/**
 * A line item (HubSpot object 0-8) as product_mix_share reads it: the product it was made from
 * (`hs_product_id`), its `amount` (the line total HubSpot computes from price, quantity and
 * discount), and the properties it carries, which HubSpot copies from the product.
 */
export function toLineItem(raw: CrmObject, issues: DataIssue[]): LineItem {
  const p = raw.properties;
  return {
    id: raw.id,
    productId: p.hs_product_id || null,
    name: p.name || null,
    quantity: readProperty(raw, 'line_item', 'quantity', parseAmount, issues),
    price: readProperty(raw, 'line_item', 'price', parseAmount, issues),
    amount: readProperty(raw, 'line_item', 'amount', parseAmount, issues),
    properties: { ...p } as Record<string, string | null>,
  };
}
