import type { PropertyMapping } from './propertyMapping';

/** The deal properties the KPIs read; the gateway asks HubSpot for exactly these. */
export const BASE_DEAL_PROPERTIES = [
  'dealname',
  'pipeline',
  'dealstage',
  'hubspot_owner_id',
  'amount',
  'amount_in_home_currency',
  'createdate',
  'closedate',
  'hs_is_closed_won',
  'hs_is_closed',
  'dealtype',
] as const;

export const STAGE_ENTERED_V2_PREFIX = 'hs_v2_date_entered_';
export const STAGE_ENTERED_LEGACY_PREFIX = 'hs_date_entered_';

/**
 * What the deal card needs of its own deal (stage, outcome, amount, owner, and when it entered
 * the stage it is in): the card asks HubSpot to send these with the call (`propertiesToSend`),
 * so the function need not read the deal. Its mapped amounts are not needed: they count only
 * once the deal is won, and the owner's won deals are searched with them anyway.
 */
export function dealCardProperties(stageId: string | null): string[] {
  const entered = stageId === null || stageId === '' ? [] : [STAGE_ENTERED_V2_PREFIX + stageId, STAGE_ENTERED_LEGACY_PREFIX + stageId];
  return ['hs_object_id', ...BASE_DEAL_PROPERTIES, ...entered];
}

/** All properties to request for deals of the given stages, mapped properties included. */
export function dealPropertiesFor(stageIds: readonly string[], mapping: PropertyMapping): string[] {
  const mapped = [mapping.collectedAmount, mapping.grossMargin, mapping.expense, mapping.forecastAmount, mapping.segment].filter(
    (name): name is string => name !== null,
  );
  const entered = stageIds.flatMap((id) => [STAGE_ENTERED_V2_PREFIX + id, STAGE_ENTERED_LEGACY_PREFIX + id]);
  return [...new Set([...BASE_DEAL_PROPERTIES, ...mapped, ...entered])];
}
