import { fieldError, type FieldError } from './fieldError';
import type { SettingsSections } from './settingsSections';

/**
 * Team managers and directors decide whose scorecard uses which template (roleOf), so an id
 * that is not an owner of the portal (a typo, a deleted owner) is refused when the portal's
 * owners are known; team ids likewise when its teams are known.
 */
export function ownerReferenceErrors(
  sections: Pick<SettingsSections, 'teams' | 'directorOwnerIds'>,
  ownerIds: readonly string[] | undefined,
  teamIds: readonly string[] | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const unknownOwner = (id: unknown): boolean => ownerIds !== undefined && typeof id === 'string' && !ownerIds.includes(id);
  sections.teams.forEach((team, i) => {
    if (team === undefined) return;
    if (teamIds !== undefined && !teamIds.includes(team.teamId)) {
      errors.push(fieldError(['teams', i, 'teamId'], `team ${team.teamId} does not exist in this portal`, 'unknown_team', { team: team.teamId }));
    }
    team.managerOwnerIds.forEach((id, j) => {
      if (unknownOwner(id)) errors.push(fieldError(['teams', i, 'managerOwnerIds', j], `owner ${id} does not exist in this portal`, 'unknown_owner', { owner: id }));
    });
  });
  sections.directorOwnerIds.forEach((id, j) => {
    if (unknownOwner(id)) errors.push(fieldError(['directorOwnerIds', j], `owner ${String(id)} does not exist in this portal`, 'unknown_owner', { owner: String(id) }));
  });
  return errors;
}
