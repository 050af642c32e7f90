import type { Owner, Team } from './portal';
import type { HubSpotOwner } from './snapshot';

/**
 * A HubSpot owner as the engine sees it (kpi-spec §2). The name falls back to the email, then
 * to the id, so every row of a scorecard can be told apart. An archived owner stays (their
 * deals still count for the team) but is inactive: revenue_per_rep counts active reps only.
 */
export function toOwner(raw: HubSpotOwner): Owner {
  const teams = raw.teams ?? [];
  const name = [raw.firstName, raw.lastName].filter(Boolean).join(' ').trim();
  return {
    id: raw.id,
    userId: raw.userId ?? null,
    email: raw.email ?? null,
    name: name || raw.email || `Owner ${raw.id}`,
    teamIds: teams.map((t) => t.id),
    primaryTeamId: teams.find((t) => t.primary)?.id ?? teams[0]?.id ?? null,
    active: raw.archived !== true,
  };
}

/**
 * The teams, read from their members: HubSpot's owners API is the only place a static-auth app
 * sees teams. Archived owners are not members, so a team's scorecard and funnel count only the
 * people on it now.
 */
export function teamsOf(owners: HubSpotOwner[]): Team[] {
  const teams = new Map<string, Team>();
  for (const owner of owners) {
    if (owner.archived === true) continue;
    for (const t of owner.teams ?? []) {
      const team = teams.get(t.id) ?? { id: t.id, name: t.name, memberOwnerIds: [] };
      team.memberOwnerIds.push(owner.id);
      teams.set(t.id, team);
    }
  }
  return [...teams.values()];
}
