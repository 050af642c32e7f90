import type { HubSpotOwner, HubSpotUser } from '../../domain/snapshot';
import type { DemoRoster } from './demoRoster';
import { DAY_MS } from './demoTime';

/**
 * The roster in GET /crm/v3/owners shape. Managers are members of their team, as in
 * HubSpot; the director and the RevOps admin belong to no sales team.
 */
export function demoOwners(roster: DemoRoster, asOf: number): HubSpotOwner[] {
  const teamName = new Map(roster.teams.map((t) => [t.id, t.name]));
  const createdAt = new Date(asOf - 3 * 365 * DAY_MS).toISOString();
  const updatedAt = new Date(asOf - 30 * DAY_MS).toISOString();
  return roster.people.map((p) => ({
    id: p.ownerId,
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    userId: p.userId,
    type: 'PERSON',
    archived: false,
    createdAt,
    updatedAt,
    teams: p.teamId === null ? [] : [{ id: p.teamId, name: teamName.get(p.teamId) ?? p.teamId, primary: true }],
  }));
}

/** settings/v3/users: one per owner, id = the owner's userId; only the RevOps admin is a super admin. */
export function demoUsers(roster: DemoRoster): HubSpotUser[] {
  return roster.people.map((p) => ({
    id: String(p.userId),
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    superAdmin: p.role === 'admin',
    ...(p.teamId === null ? {} : { primaryTeamId: p.teamId }),
  }));
}
