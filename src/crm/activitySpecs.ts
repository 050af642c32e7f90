import type { Bounds } from '../domain/period';
import type { SearchSpec } from './searchPlan';

/** The goal_targets properties portalFromSnapshot reads (HubSpot goals, kpi-spec §2 targets). */
export const GOAL_PROPERTIES = ['hs_goal_name', 'hs_group_correlation_uuid', 'hs_target_amount', 'hs_start_datetime', 'hs_end_datetime', 'hs_assignee_user_id', 'hs_assignee_team_id'];

/** The meeting properties activity_count reads (kpi-spec §4). */
export const MEETING_PROPERTIES = ['hubspot_owner_id', 'hs_timestamp'];

/** Goal slices assigned to the users (or teams) that overlap the window. */
export function goalSearchSpec(assignee: 'hs_assignee_user_id' | 'hs_assignee_team_id', ids: readonly string[], window: Bounds): SearchSpec {
  return {
    inLists: [{ propertyName: assignee, values: ids }],
    alternatives: [
      [
        { propertyName: 'hs_start_datetime', operator: 'LT', value: String(window.end) },
        { propertyName: 'hs_end_datetime', operator: 'GT', value: String(window.start) },
      ],
    ],
    properties: GOAL_PROPERTIES,
  };
}

/** Meetings of the owners with their time in [start, end). */
export function meetingSearchSpec(ownerIds: readonly string[] | undefined, window: Bounds): SearchSpec {
  return {
    inLists: ownerIds === undefined ? [] : [{ propertyName: 'hubspot_owner_id', values: ownerIds }],
    alternatives: [[{ propertyName: 'hs_timestamp', operator: 'BETWEEN', value: String(window.start), highValue: String(window.end - 1) }]],
    properties: MEETING_PROPERTIES,
  };
}
