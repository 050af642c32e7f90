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
  188: 'companies',
  192: 'companies',
  200: 'contacts',
  204: 'contacts',
  212: 'deals',
  216: 'deals',
};

export const associationTarget = (typeId: number): string => TARGET_BY_TYPE_ID[typeId] ?? `type_${typeId}`;
