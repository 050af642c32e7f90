import { dealPropertiesFor } from '../domain/dealProperties';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { CrmObject, Snapshot } from '../domain/snapshot';
import { GOAL_PROPERTIES, MEETING_PROPERTIES } from './activitySpecs';
import type { CrmGateway } from './createCrmGateway';
import { dealSearchSpec } from './dealQuery';
import { portalInfoOf } from './portalInfoOf';
import { byNumericId } from '../domain/byNumericId';

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
 * the KPIs need, goal targets, meetings, and users when the token may read them. The portal
 * block comes from account-info when HubSpot answers it, else from `fallbackPortal`.
 */
export async function dumpSnapshot(gateway: CrmGateway, options: { mapping: PropertyMapping; fallbackPortal: Snapshot['portal'] }): Promise<Snapshot> {
  const account = await gateway.records.accountDetails();
  const portal = account ? portalInfoOf(account) : options.fallbackPortal;
  const owners = await gateway.rawOwners();
  const pipelines = await gateway.rawPipelines();
  const deals = await allDeals(gateway, options.mapping);
  const goals = await gateway.records.search('goal_targets', { inLists: [], alternatives: [], properties: GOAL_PROPERTIES });
  const meetings = await gateway.records.search('meetings', { inLists: [], alternatives: [], properties: MEETING_PROPERTIES });
  const users = await gateway.records.users();
  const snapshot: Snapshot = { portal, owners, pipelines, deals, goals, meetings };
  if (users !== null) snapshot.users = users;
  return snapshot;
}
