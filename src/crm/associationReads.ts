/** One associated record: its id and the association type ids between the two (5 = a deal's primary company). */
export interface AssociatedRecord {
  id: string;
  typeIds: number[];
}

/** HubSpot's limit on one associations batch read (developer changelog, February 2025, v3 and v4 alike). */
export const ASSOCIATION_BATCH_SIZE = 1000;

/** The v4 type ids of a deal's primary company and of a company's primary deal. */
export const PRIMARY_TYPE_IDS: ReadonlySet<number> = new Set([5, 6]);

/**
 * A deal's associations in the v3 shape snapshots and the mirror keep (`associations.companies`,
 * `associations.line_items`), so that toDeal reads a read-back deal like a snapshot's: the
 * primary company is named `deal_to_company`, the rest `deal_to_company_unlabeled`. Line items
 * that were not read (`null`) are left out: unknown, not none.
 */
export function v3Associations(companies: readonly AssociatedRecord[] | undefined, lineItems: readonly AssociatedRecord[] | undefined | null): Record<string, { results: { id: string; type: string }[] }> {
  const results = (companies ?? []).map((c) => ({ id: c.id, type: c.typeIds.some((t) => PRIMARY_TYPE_IDS.has(t)) ? 'deal_to_company' : 'deal_to_company_unlabeled' }));
  if (lineItems === null) return { companies: { results } };
  return { companies: { results }, line_items: { results: (lineItems ?? []).map((l) => ({ id: l.id, type: 'deal_to_line_item' })) } };
}
