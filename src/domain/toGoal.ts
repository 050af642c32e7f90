import type { DataIssue, Goal } from './portal';
import type { CrmObject } from './snapshot';
import { parseAmount, parseInstant } from './parseValue';
import { readProperty } from './readProperty';

/** HubSpot goal targets (`goal_targets`): assigned to a user id, with a target amount and a window. */
export function toGoal(raw: CrmObject, issues: DataIssue[]): Goal {
  const user = readProperty(raw, 'goal', 'hs_assignee_user_id', parseAmount, issues);
  const team = raw.properties.hs_assignee_team_id;
  return {
    id: raw.id,
    name: raw.properties.hs_goal_name ?? null,
    groupId: raw.properties.hs_group_correlation_uuid || null,
    userId: user === null ? null : Math.trunc(user),
    teamId: team ? team : null,
    amount: readProperty(raw, 'goal', 'hs_target_amount', parseAmount, issues),
    startAt: readProperty(raw, 'goal', 'hs_start_datetime', parseInstant, issues),
    endAt: readProperty(raw, 'goal', 'hs_end_datetime', parseInstant, issues),
  };
}
