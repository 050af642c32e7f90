import type { ParsedPortal } from '../domain/portalFromSnapshot';
import { portalFromSnapshot } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { CrmObject, HubSpotUser, Snapshot } from '../domain/snapshot';
import type { CrmGateway } from './createCrmGateway';
import type { PortalInfo } from './crmPort';


export interface PortalParts {
  deals: CrmObject[];
  /** Absent: not read (the KPIs that need them are not_configured). */
  goals?: CrmObject[];
  meetings?: CrmObject[];
  users?: HubSpotUser[] | null;
  /** Absent: not read (the customer KPIs say so); the deals then carry no associations either. */
  companies?: CrmObject[];
  lineItems?: CrmObject[];
}

/** Joins the reads of one deal that came from several queries (different property lists). */
export function mergeById(objects: readonly CrmObject[]): CrmObject[] {
  const byId = new Map<string, CrmObject>();
  for (const o of objects) {
    const seen = byId.get(o.id);
    byId.set(o.id, seen === undefined ? o : { ...seen, properties: { ...seen.properties, ...o.properties } });
  }
  return [...byId.values()];
}

/**
 * The loaders gather HubSpot's answers into a partial snapshot and parse it with the same
 * portalFromSnapshot the engine uses on a full one, so a loaded portal and a full snapshot
 * can only differ in which records they hold, never in how a record is read.
 */
export async function assemblePortal(gateway: CrmGateway, portal: PortalInfo, parts: PortalParts, mapping: PropertyMapping): Promise<ParsedPortal> {
  const [owners, pipelines] = await Promise.all([gateway.rawOwners(), gateway.rawPipelines()]);
  // The snapshot format names a portal by number; one HubSpot would not name is 0 here, and
  // the engine reads only the zone and currency of it.
  const snapshot: Snapshot = { portal: { ...portal, id: portal.id ?? 0 }, owners, pipelines, deals: mergeById(parts.deals) };
  if (parts.goals) snapshot.goals = parts.goals;
  if (parts.meetings) snapshot.meetings = parts.meetings;
  if (parts.users) snapshot.users = parts.users;
  if (parts.companies) snapshot.companies = parts.companies;
  if (parts.lineItems) snapshot.lineItems = parts.lineItems;
  return portalFromSnapshot(snapshot, mapping);
}
