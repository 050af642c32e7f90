import type { PortalData } from '../domain/portal';
import type { KpiSubject } from '../kpi/kpiContext';
import type { PortalIndex } from '../kpi/portalIndex';
import type { Role, Settings } from '../settings/settingsSchema';

/**
 * Whose numbers a scorecard weighs (kpi-spec §1):
 * - rep: the owner alone (team KPIs on a rep's card fall back to their HubSpot teams);
 * - manager: every member of the teams the settings name them manager of, else of the teams
 *   HubSpot puts them in (HubSpot has no notion of a team's manager). Members count as
 *   HubSpot lists them, inactive ones too, so a rep who left mid-quarter still brings their
 *   won deals in. A manager in no team has an empty scope, whose KPIs say so;
 * - director: the department: every team with its members (as for a manager), plus any
 *   active owner outside the teams who owns deals. Owners in no team who own no deals (the
 *   director, a RevOps admin) are not sellers: they have no target, and counting them would
 *   make the department's target unknown (see quotaFor).
 */
export function subjectFor(ownerId: string, role: Role, data: PortalData, index: PortalIndex, settings: Settings): KpiSubject {
  if (role === 'director') return departmentOf(data, index);
  if (role === 'rep') return { kind: 'owner', id: ownerId, ownerIds: [ownerId], teamIds: [] };
  const managed = settings.teams.filter((t) => t.managerOwnerIds.includes(ownerId)).map((t) => t.teamId);
  const teamIds = managed.length > 0 ? managed : (index.ownersById.get(ownerId)?.teamIds ?? []);
  const ownerIds = new Set<string>();
  for (const teamId of teamIds) for (const id of index.teamsById.get(teamId)?.memberOwnerIds ?? []) ownerIds.add(id);
  return { kind: 'team', id: teamIds[0] ?? null, ownerIds: [...ownerIds], teamIds };
}

/** The department: every team with its members, plus active owners outside the teams who own deals (see subjectFor). */
export function departmentOf(data: PortalData, index: PortalIndex): KpiSubject {
  const ownerIds = new Set<string>();
  for (const team of data.teams) for (const id of team.memberOwnerIds) ownerIds.add(id);
  for (const owner of data.owners) {
    if (owner.active && owner.teamIds.length === 0 && index.dealsByOwner.has(owner.id)) ownerIds.add(owner.id);
  }
  return { kind: 'portal', id: null, ownerIds: [...ownerIds], teamIds: data.teams.map((t) => t.id) };
}
