import type { CrmObject } from '../domain/snapshot';
import type { AssociatedRecord } from './associationReads';
import { ASSOCIATION_BATCH_SIZE, v3Associations } from './associationReads';
import type { HubSpotRecords } from './crmClient';

/** HubSpot's batch read of records takes at most 100 ids. */
export const RECORD_BATCH_SIZE = 100;

/**
 * What the first-purchase KPIs need beyond a window's deals (docs/kpis.md "Customers and
 * products": a company's first purchase is its earliest won deal, whoever won it, any time):
 * every other deal associated with the companies, read with `properties`, and the won ones'
 * companies, so that a deal counts only for its primary company as it does in the mirror.
 * `afford` sees the requests the deals would cost once their number is known, and may
 * decline them (null: not read, so a first purchase stays unknown rather than guessed).
 */
export async function readCompanyWins(
  client: HubSpotRecords,
  companyIds: readonly string[],
  known: ReadonlySet<string>,
  properties: readonly string[],
  afford: (requests: number) => boolean,
): Promise<CrmObject[] | null> {
  if (companyIds.length === 0) return [];
  const dealsOf = await client.associations('companies', 'deals', companyIds);
  const ids = [...new Set([...dealsOf.values()].flatMap((list: AssociatedRecord[]) => list.map((d) => d.id)))].filter((id) => !known.has(id));
  // Upper bound: every one of them won, so each needs its companies read too.
  if (!afford(Math.ceil(ids.length / RECORD_BATCH_SIZE) + Math.ceil(ids.length / ASSOCIATION_BATCH_SIZE))) return null;
  if (ids.length === 0) return [];
  const won = (await client.batchReadDeals(ids, properties)).filter((d) => d.properties.hs_is_closed_won === 'true');
  if (won.length === 0) return [];
  const companiesOf = await client.associations('deals', 'companies', won.map((d) => d.id));
  return won.map((d) => ({ ...d, associations: { ...d.associations, ...v3Associations(companiesOf.get(d.id), null) } }));
}
