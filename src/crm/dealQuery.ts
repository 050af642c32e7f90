import type { Bounds } from '../domain/period';
import type { SearchFilter } from './crmTransport';
import type { SearchSpec } from './searchPlan';

/**
 * One condition on a deal's dates and state; a DealQuery matches deals meeting any of them.
 * Windows are [start, end) in epoch ms, as the engine's period bounds are.
 */
export interface DealCondition {
  /** closedate within the window. */
  closedIn?: Bounds;
  /** closedate at or after this instant. */
  closedFrom?: number;
  /** createdate before this instant. */
  createdBefore?: number;
  /** createdate at or after this instant. */
  createdFrom?: number;
  status?: 'open' | 'closed' | 'won' | 'lost';
  /** closedate not set (a closed deal without one is a data problem the scorecard must name). */
  closeDateMissing?: boolean;
}

/**
 * The deals a use case needs, narrowed in HubSpot's query rather than after reading: by
 * owner and pipeline (absent = any; an empty list = none), and by conditions (absent = all).
 */
export interface DealQuery {
  ownerIds?: readonly string[];
  pipelineIds?: readonly string[];
  anyOf?: DealCondition[];
}

const STATUS_FILTERS: Record<NonNullable<DealCondition['status']>, SearchFilter[]> = {
  open: [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }],
  closed: [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'true' }],
  won: [{ propertyName: 'hs_is_closed_won', operator: 'EQ', value: 'true' }],
  lost: [
    { propertyName: 'hs_is_closed', operator: 'EQ', value: 'true' },
    { propertyName: 'hs_is_closed_won', operator: 'EQ', value: 'false' },
  ],
};

/** HubSpot's BETWEEN includes both ends; the window's end is exclusive, hence end − 1 ms. */
function conditionFilters(c: DealCondition): SearchFilter[] {
  const filters: SearchFilter[] = [];
  if (c.closedIn) filters.push({ propertyName: 'closedate', operator: 'BETWEEN', value: String(c.closedIn.start), highValue: String(c.closedIn.end - 1) });
  if (c.closedFrom !== undefined) filters.push({ propertyName: 'closedate', operator: 'GTE', value: String(c.closedFrom) });
  if (c.createdFrom !== undefined) filters.push({ propertyName: 'createdate', operator: 'GTE', value: String(c.createdFrom) });
  if (c.createdBefore !== undefined) filters.push({ propertyName: 'createdate', operator: 'LT', value: String(c.createdBefore) });
  if (c.status) filters.push(...STATUS_FILTERS[c.status]);
  if (c.closeDateMissing === true) filters.push({ propertyName: 'closedate', operator: 'NOT_HAS_PROPERTY' });
  return filters;
}

export function dealSearchSpec(query: DealQuery, properties: readonly string[]): SearchSpec {
  const inLists: SearchSpec['inLists'] = [];
  if (query.ownerIds !== undefined) inLists.push({ propertyName: 'hubspot_owner_id', values: query.ownerIds });
  if (query.pipelineIds !== undefined) inLists.push({ propertyName: 'pipeline', values: query.pipelineIds });
  return { inLists, alternatives: (query.anyOf ?? []).map(conditionFilters), properties };
}

/**
 * Closed deals with no close date created before the window ends: they belong to no period, so
 * a close-date search never finds them, yet any period from their creation on may be theirs
 * (kpi-spec §2 data problem), so a scorecard reads them to name them.
 */
export function undatedClosedCondition(window: Bounds): DealCondition {
  return { status: 'closed', closeDateMissing: true, createdBefore: window.end };
}

/**
 * Deals that can have entered a stage of the funnel in the window (kpi-spec §5 cohorts):
 * created before it ends, and still open or closed after it starts.
 */
export function funnelConditions(window: Bounds): DealCondition[] {
  return [
    { createdBefore: window.end, status: 'open' },
    { createdBefore: window.end, closedFrom: window.start },
  ];
}
