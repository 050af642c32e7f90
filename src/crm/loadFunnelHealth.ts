import type { Calendar, Period } from '../domain/period';
import { periodBounds } from '../domain/period';
import type { ParsedPortal } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { PortalInfo } from './crmPort';
import { assemblePortal } from './assemblePortal';
import type { CrmGateway } from './createCrmGateway';
import { dealSearchSpec, funnelConditions } from './dealQuery';

export interface FunnelHealthLoad {
  portal: PortalInfo;
  pipelineId: string;
  period: Period;
  calendar: Calendar;
  mapping: PropertyMapping;
  /** The owners whose funnels are shown (a team, or every rep of a director); absent = all. */
  ownerIds?: string[];
}

/**
 * Loads funnel health for one pipeline, period and set of owners (kpi-spec §5): the deals
 * that can have entered a stage in the period P — created before P ends, and open or closed
 * at or after P starts.
 *
 * 1. owners, 2. pipelines (cached per portal)
 * 3. deals search: pipeline = P's pipeline AND hubspot_owner_id IN owners AND
 *    createdate < P.end AND (hs_is_closed = false OR closedate ≥ P.start), with the KPI
 *    properties and that pipeline's stage-entry properties only.
 *
 * One search (plus paging) once owners and pipelines are cached.
 */
export async function loadFunnelHealth(gateway: CrmGateway, input: FunnelHealthLoad): Promise<ParsedPortal> {
  const bounds = periodBounds(input.period, input.calendar);
  const properties = await gateway.dealProperties(input.mapping, [input.pipelineId]);
  const query = { pipelineIds: [input.pipelineId], anyOf: funnelConditions(bounds), ...(input.ownerIds ? { ownerIds: input.ownerIds } : {}) };
  const deals = await gateway.records.search('deals', dealSearchSpec(query, properties));
  return assemblePortal(gateway, input.portal, { deals }, input.mapping);
}
