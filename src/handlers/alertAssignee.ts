import type { Settings } from '../settings/settingsSchema';
import type { AlertGroupRef } from './alertKey';
import type { Roster } from '../crm/crmPort';

export interface AlertAssignee {
  /** The owner the task is assigned to; null when the settings name nobody to send it to. */
  ownerId: string | null;
  why: 'team_manager' | 'director' | 'nobody';
}

/**
 * Who gets an alert's task: a team's breach goes to the manager the settings give
 * the team; a rep's breach to the manager of their team. A breach no single team manager
 * owns — a rep in several teams, a team without a manager, a manager's own funnel — goes to
 * the directors. A task has one owner in HubSpot, so the first manager or director named wins.
 */
export function alertAssignee(group: AlertGroupRef, roster: Roster, settings: Settings): AlertAssignee {
  const managersOf = (teamId: string) => settings.teams.find((t) => t.teamId === teamId)?.managerOwnerIds ?? [];
  const teamIds = group.kind === 'team' ? [group.id] : (roster.owners.find((o) => o.id === group.id)?.teamIds ?? []);
  if (teamIds.length === 1) {
    const manager = managersOf(teamIds[0] as string).find((id) => group.kind === 'team' || id !== group.id);
    if (manager !== undefined) return { ownerId: manager, why: 'team_manager' };
  }
  const director = settings.directorOwnerIds[0];
  return director === undefined ? { ownerId: null, why: 'nobody' } : { ownerId: director, why: 'director' };
}
