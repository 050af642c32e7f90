import type { Bounds, Calendar } from '../domain/period';
import { periodBounds, periodContaining } from '../domain/period';
import type { ParsedPortal } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import { EMPTY_MAPPING } from '../domain/propertyMapping';
import { dealCardProperties, dealPropertiesFor } from '../domain/dealProperties';
import type { CrmObject } from '../domain/snapshot';
import { goalSearchSpec } from './activitySpecs';
import type { PortalInfo } from './crmPort';
import { assemblePortal } from './assemblePortal';
import type { CrmGateway } from './createCrmGateway';
import { dealSearchSpec } from './dealQuery';

export interface DealCardLoad {
  portal: PortalInfo;
  dealId: string;
  calendar: Calendar;
  mapping: PropertyMapping;
  /** Evaluation time (the current quarter and the history window end here). */
  now: number;
  /** How far back the pipeline's closed deals are read for the stalled line and win chance. */
  historyDays: number;
  /** The deal's properties sent with the call (DealCardRequest.dealProperties). */
  dealProperties?: Readonly<Record<string, string | null>>;
}

/** The deal as HubSpot sent it with the call, when that is this deal and holds all the card needs. */
function sentDeal(input: DealCardLoad): CrmObject | null {
  const sent = input.dealProperties;
  if (sent === undefined || sent.hs_object_id !== input.dealId) return null;
  const complete = dealCardProperties(sent.dealstage ?? null).every((name) => name in sent);
  return complete ? { id: input.dealId, properties: { ...sent } } : null;
}

const DAY_MS = 86_400_000;

export interface LoadedDealCard extends ParsedPortal {
  /** The quarter attainment is shown for; null when the deal was not found. */
  quarter: Bounds | null;
  found: boolean;
}

/**
 * The pipeline's closed deals (won and lost: the win chance needs both, the stalled line the
 * won ones) closed in the `historyDays` before today's midnight UTC, with its stage-entry
 * properties. Portal-wide and the same all day, so cached per pipeline and day: every deal
 * card of the pipeline shares one read.
 */
function pipelineHistory(gateway: CrmGateway, pipelineId: string, stageIds: string[], historyDays: number, now: number): Promise<CrmObject[]> {
  const end = Math.floor(now / DAY_MS) * DAY_MS;
  const closedIn = { start: end - historyDays * DAY_MS, end };
  const key = `closed-history:${pipelineId}:${closedIn.start}:${end}`;
  const properties = dealPropertiesFor(stageIds, EMPTY_MAPPING);
  return gateway.cached(key, () =>
    gateway.records.search('deals', dealSearchSpec({ pipelineIds: [pipelineId], anyOf: [{ status: 'closed', closedIn }] }, properties)),
  );
}

/**
 * Loads a deal card (design.md "Deal card"): the deal's health against its pipeline's
 * history, and what closing it does for its owner's attainment this quarter.
 *
 * 1. owners, 2. pipelines (cached per portal)
 * 3. the deal: GET /crm/v3/objects/deals/{id} with every pipeline's stage-entry properties,
 *    unless HubSpot sent the deal's own properties with the call (sentDeal)
 * 4. deals search: hubspot_owner_id = owner AND hs_is_closed_won AND closedate in the current
 *    quarter (KPI properties only, no stage entries)
 * 5. goal_targets search: the owner's user, overlapping the quarter
 * 6. deals search: pipeline = the deal's AND hs_is_closed AND closedate in the last
 *    `historyDays` days up to today's midnight UTC (cached per pipeline and day)
 *
 * So 3 requests for a card once the history and owners/pipelines are cached, 4+ otherwise.
 */
export async function loadDealCard(gateway: CrmGateway, input: DealCardLoad): Promise<LoadedDealCard> {
  const raw = sentDeal(input) ?? (await gateway.records.deal(input.dealId, await gateway.dealProperties(input.mapping)));
  if (raw === null) return { ...(await assemblePortal(gateway, input.portal, { deals: [] }, input.mapping)), quarter: null, found: false };
  const quarter = periodBounds(periodContaining('quarter', input.now, input.calendar), input.calendar);
  const ownerId = raw.properties.hubspot_owner_id || null;
  const pipelineId = raw.properties.pipeline || null;
  const owner = ownerId === null ? undefined : (await gateway.rawOwners()).find((o) => o.id === ownerId);
  const pipeline = pipelineId === null ? undefined : (await gateway.pipelines()).find((p) => p.id === pipelineId);
  const [won, goals, closed] = await Promise.all([
    ownerId === null ? [] : gateway.records.search('deals', dealSearchSpec({ ownerIds: [ownerId], anyOf: [{ status: 'won', closedIn: quarter }] }, dealPropertiesFor([], input.mapping))),
    owner?.userId == null ? [] : gateway.records.search('goal_targets', goalSearchSpec('hs_assignee_user_id', [String(owner.userId)], quarter)),
    pipeline === undefined ? [] : pipelineHistory(gateway, pipeline.id, pipeline.stages.map((s) => s.id), input.historyDays, input.now),
  ]);
  const parsed = await assemblePortal(gateway, input.portal, { deals: [raw, ...won, ...closed], goals }, input.mapping);
  return { ...parsed, quarter, found: true };
}
