import type { Role, Settings } from './settingsSchema';

/**
 * The scorecard template an owner is judged by (kpi-spec §1, §6): director when the settings
 * name them one, manager when a team in the settings names them its manager, else rep.
 * HubSpot itself has no notion of a sales manager, so only the settings can promote someone.
 */
export function roleOf(ownerId: string, settings: Pick<Settings, 'directorOwnerIds' | 'teams'>): Role {
  if (settings.directorOwnerIds.includes(ownerId)) return 'director';
  if (settings.teams.some((team) => team.managerOwnerIds.includes(ownerId))) return 'manager';
  return 'rep';
}
