import { dealPropertiesFor } from '../domain/dealProperties';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { CrmObject, Snapshot } from '../domain/snapshot';
import { GOAL_PROPERTIES, MEETING_PROPERTIES } from './activitySpecs';
import type { CrmGateway } from './createCrmGateway';
import { dealSearchSpec } from './dealQuery';
import { portalInfoOf } from './portalInfoOf';
import { byNumericId } from '../domain/byNumericId';
import type { CustomerProperties } from './readCustomers';
import { customerPropertiesWith, readCustomers } from './readCustomers';

/**
 * All deals, each read with the KPI properties and its own pipeline's stage-entry properties
 * (one search per pipeline keeps each request inside the 3,000-character body); deals in no
 * live pipeline are read once more with the KPI properties only.
 */
async function allDeals(gateway: CrmGateway, mapping: PropertyMapping): Promise<CrmObject[]> {
  const pipelines = await gateway.pipelines();
  const deals: CrmObject[] = [];
  for (const p of pipelines) {
    const properties = dealPropertiesFor(p.stages.map((s) => s.id), mapping);
    deals.push(...(await gateway.records.search('deals', dealSearchSpec({ pipelineIds: [p.id] }, properties))));
  }
  const elsewhere = { inLists: [], alternatives: [[{ propertyName: 'pipeline', operator: 'NOT_IN' as const, values: pipelines.map((p) => p.id) }]], properties: dealPropertiesFor([], mapping) };
  deals.push(...(await gateway.records.search('deals', pipelines.length > 0 ? elsewhere : dealSearchSpec({}, dealPropertiesFor([], mapping)))));
  return deals.sort(byNumericId);
}

/**
 * Dumps a portal into the snapshot format (design.md "The portal snapshot") for `kpi
 * snapshot`: owners (active and deactivated), deal pipelines, every deal with the properties
 * the KPIs need with its company and line-item associations, the companies and the won deals'
 * line items (`customers`: the properties to read, HubSpot's own by default), goal targets,
 * meetings, users when the token may read them, and the definitions of the segment and
 * key-account properties. The portal block comes from account-info
 * when HubSpot answers it, else from `fallbackPortal`.
 */
export async function dumpSnapshot(
  gateway: CrmGateway,
  options: { mapping: PropertyMapping; fallbackPortal: Snapshot['portal']; customers?: CustomerProperties },
): Promise<Snapshot> {
  const account = await gateway.records.accountDetails();
  const portal = account ? portalInfoOf(account) : options.fallbackPortal;
  const owners = await gateway.rawOwners();
  const pipelines = await gateway.rawPipelines();
  const customers = await readCustomers(gateway.records, await allDeals(gateway, options.mapping), options.customers ?? customerPropertiesWith(null, null));
  const deals = customers.deals.map(withoutEmptyAssociations);
  const goals = await gateway.records.search('goal_targets', { inLists: [], alternatives: [], properties: GOAL_PROPERTIES });
  const meetings = await gateway.records.search('meetings', { inLists: [], alternatives: [], properties: MEETING_PROPERTIES });
  const users = await gateway.records.users();
  const snapshot: Snapshot = { portal, owners, pipelines, deals, goals, meetings, companies: customers.companies.sort(byNumericId), lineItems: customers.lineItems.sort(byNumericId) };
  if (users !== null) snapshot.users = users;
  const definitions = await namedDefinitions(gateway, options.mapping, options.customers);
  if (definitions !== undefined) snapshot.propertyDefinitions = definitions;
  return snapshot;
}

/**
 * The definitions of the properties the dump was asked to read beyond HubSpot's own (the deal
 * segment property, the company properties of key accounts and segments), whose options label
 * their values offline; a property the portal lacks is left out. undefined when there are none.
 */
async function namedDefinitions(gateway: CrmGateway, mapping: PropertyMapping, customers: CustomerProperties | undefined): Promise<Snapshot['propertyDefinitions']> {
  const own = new Set(customerPropertiesWith(null, null).company);
  const companyNames = (customers?.company ?? []).filter((name) => !own.has(name));
  const read = async (type: 'deals' | 'companies', names: readonly string[]) =>
    (await Promise.all(names.map((name) => gateway.records.propertyDefinition(type, name)))).filter((d) => d !== null);
  const [deals, companies] = await Promise.all([read('deals', mapping.segment === null ? [] : [mapping.segment]), read('companies', companyNames)]);
  if (deals.length === 0 && companies.length === 0) return undefined;
  return { ...(deals.length === 0 ? {} : { deals }), ...(companies.length === 0 ? {} : { companies }) };
}

/** As HubSpot's v3 reads do, an association type with no records is left out of the dump. */
function withoutEmptyAssociations(deal: CrmObject): CrmObject {
  const kept = Object.entries(deal.associations ?? {}).filter(([, list]) => list.results.length > 0);
  const { associations: _, ...rest } = deal;
  return kept.length === 0 ? rest : { ...rest, associations: Object.fromEntries(kept) };
}
