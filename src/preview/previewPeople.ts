import type { Owner, PortalUser, Team } from '../domain/portal';
import { roleOf } from '../settings/roleOf';
import type { Settings } from '../settings/settingsSchema';
import type { PreviewPersonDto } from './previewApi';

const ORDER = { rep: 0, manager: 1, director: 2, admin: 3 } as const;

/**
 * Who the viewer can look through the eyes of: every active owner who is a HubSpot user, with
 * the role the settings give them (kpi-spec §1: director and managers come from the settings),
 * and the app's admins (settings `adminUserIds`) even when they own nothing. Reps come first,
 * so the preview opens as a rep.
 */
export function previewPeople(owners: readonly Owner[], teams: readonly Team[], users: readonly PortalUser[] | null, settings: Settings): PreviewPersonDto[] {
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const admins = new Set(settings.adminUserIds);
  const people: PreviewPersonDto[] = [];
  for (const owner of owners) {
    if (!owner.active || owner.userId === null) continue;
    const teamId = owner.primaryTeamId ?? owner.teamIds[0] ?? null;
    people.push({
      userId: owner.userId,
      ownerId: owner.id,
      name: owner.name,
      email: owner.email,
      role: admins.has(owner.userId) ? 'admin' : roleOf(owner.id, settings),
      teamName: teamId === null ? null : (teamName.get(teamId) ?? null),
    });
  }
  const known = new Set(people.map((p) => p.userId));
  for (const user of users ?? []) {
    const userId = Number(user.id);
    if (!admins.has(userId) || known.has(userId)) continue;
    people.push({ userId, ownerId: null, name: user.email ?? `User ${user.id}`, email: user.email, role: 'admin', teamName: null });
  }
  return people.sort((a, b) => ORDER[a.role] - ORDER[b.role] || (a.teamName ?? '').localeCompare(b.teamName ?? '') || a.name.localeCompare(b.name));
}
