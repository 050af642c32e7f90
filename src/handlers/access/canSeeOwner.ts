import type { Roster } from '../../crm/crmPort';
import type { ViewerAccess } from './viewerAccess';

/**
 * Whether the viewer may see an owner's scorecard and commission ("Who sees what"):
 * a rep their own, a manager those of the teams they manage (HubSpot's membership, current or
 * recorded on an archived owner), directors, admins and the system runner everyone. The
 * admin check comes last because it may cost a HubSpot request.
 */
export async function canSeeOwner(access: ViewerAccess, ownerId: string, roster: Roster): Promise<boolean> {
  if (access.system || access.director) return true;
  if (access.owner !== null && access.owner.id === ownerId) return true;
  if (access.managedTeamIds.length > 0 && inManagedTeam(access.managedTeamIds, ownerId, roster)) return true;
  return access.isAdmin();
}

function inManagedTeam(managed: readonly string[], ownerId: string, roster: Roster): boolean {
  const owner = roster.owners.find((o) => o.id === ownerId);
  if (owner !== undefined && owner.teamIds.some((id) => managed.includes(id))) return true;
  return roster.teams.some((team) => managed.includes(team.id) && team.memberOwnerIds.includes(ownerId));
}
