/**
 * HubSpot-defined association type ids (developers.hubspot.com, "Associations v4",
 * association type id values) mapped to the object type on the other end, so that an
 * association given on create can be read back with `?associations=<type>`.
 */
const TARGET_BY_TYPE_ID: Record<number, string> = {
  3: 'contacts',
  4: 'deals',
  5: 'companies',
  6: 'deals',
  19: 'line_items',
  20: 'deals',
  188: 'companies',
  192: 'companies',
  200: 'contacts',
  204: 'contacts',
  212: 'deals',
  216: 'deals',
  341: 'companies',
  342: 'deals',
};

export const associationTarget = (typeId: number): string => TARGET_BY_TYPE_ID[typeId] ?? `type_${typeId}`;

/**
 * The HubSpot-defined type ids of the associations the KPIs read, by the direction's objects
 * and the name v3 reads give them (developers.hubspot.com, "Associations v4", association
 * type id values): deal→company 5 (Primary) and 341, company→deal 6 (Primary) and 342,
 * deal→line item 19, line item→deal 20.
 */
const TYPE_IDS: Record<string, number> = {
  'deals>companies:deal_to_company': 5,
  'deals>companies:deal_to_company_unlabeled': 341,
  'companies>deals:company_to_deal': 6,
  'companies>deals:company_to_deal_unlabeled': 342,
  'deals>line_items:deal_to_line_item': 19,
  'line_items>deals:line_item_to_deal': 20,
};

/** A seeded association whose type names no HubSpot type is the direction's unlabeled one. */
const UNLABELED: Record<string, number> = { 'deals>companies': 341, 'companies>deals': 342, 'deals>line_items': 19, 'line_items>deals': 20 };

/** The v4 association type of a stored association (a seeded v3 name, or the id a write gave). */
export function associationTypeId(from: string, to: string, type: string): number | null {
  if (/^\d+$/.test(type)) return Number(type);
  return TYPE_IDS[`${from}>${to}:${type}`] ?? UNLABELED[`${from}>${to}`] ?? null;
}

/** The type a reverse association has: a primary one stays primary, others are unlabeled. */
export function reverseTypeId(from: string, to: string, forward: number | null): number | null {
  if (from === 'companies' && to === 'deals') return forward === 5 ? 6 : 342;
  if (from === 'deals' && to === 'companies') return forward === 6 ? 5 : 341;
  if (from === 'line_items' && to === 'deals') return 20;
  if (from === 'deals' && to === 'line_items') return 19;
  return null;
}

/** HubSpot's labels of its primary associations; every other HubSpot-defined type has none. */
export const associationLabel = (typeId: number | null): string | null => (typeId === 5 || typeId === 6 ? 'Primary' : null);
