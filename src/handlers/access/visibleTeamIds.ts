import type { Roster } from '../../crm/crmPort';
import type { ViewerAccess } from './viewerAccess';
import { viewerRole } from './viewerAccess';

/**
 * The teams whose funnel the viewer may see (managers their teams, directors and
 * admins all; reps none). Teams a manager is named for in settings but that HubSpot no
 * longer has are left out: there is nothing to show for them.
 */
export async function visibleTeamIds(access: ViewerAccess, roster: Roster): Promise<string[]> {
  const role = await viewerRole(access);
  if (role === 'system' || role === 'admin' || role === 'director') return roster.teams.map((t) => t.id);
  if (role === 'manager') return roster.teams.filter((t) => access.managedTeamIds.includes(t.id)).map((t) => t.id);
  return [];
}
