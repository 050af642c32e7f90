import type { FunnelGroup } from '../funnel/funnelAlerts';
import type { Settings } from '../settings/settingsSchema';
import type { Roster } from '../crm/crmPort';

export interface FunnelScope {
  teams: FunnelGroup[];
  /** One group per rep of those teams; each rep once, with the first team listed. */
  reps: (FunnelGroup & { teamId: string })[];
}

/**
 * The groups whose funnels are judged (kpi-spec §5: per team and per owner). A team counts
 * every member's deals; the reps are the members the settings do not name manager of that
 * team (a manager's own handful of deals would only add noise to the rep ranking, while
 * their deals still count in the team's funnel).
 */
export function funnelGroups(teamIds: readonly string[], roster: Roster, settings: Settings): FunnelScope {
  const teams: FunnelGroup[] = [];
  const reps: FunnelScope['reps'] = [];
  const seen = new Set<string>();
  for (const teamId of teamIds) {
    const team = roster.teams.find((t) => t.id === teamId);
    if (team === undefined) continue;
    teams.push({ kind: 'team', id: team.id, ownerIds: team.memberOwnerIds });
    const managers = settings.teams.find((t) => t.teamId === team.id)?.managerOwnerIds ?? [];
    for (const ownerId of team.memberOwnerIds) {
      if (managers.includes(ownerId) || seen.has(ownerId)) continue;
      seen.add(ownerId);
      reps.push({ kind: 'owner', id: ownerId, ownerIds: [ownerId], teamId: team.id });
    }
  }
  return { teams, reps };
}
