import type { Owner } from '../../domain/portal';
import type { Settings } from '../../settings/settingsSchema';
import type { Viewer } from '../contracts/common';
import type { CrmPort, Roster } from '../../crm/crmPort';
import type { SystemRunner } from '../handlerDeps';
import { isSystemRunner } from '../handlerDeps';

/**
 * Who the viewer is for the purpose of "who sees what", decided from the verified
 * viewer only: HubSpot user id → owner (owners carry `userId`) → teams. Directors are named in
 * settings by owner id; managers are the managers the settings give each team (HubSpot has no
 * notion of a team's manager); admins are HubSpot super admins or named in settings.
 */
export interface ViewerAccess {
  /** Trusted code (scheduled scan, CLI): reads everything, may not save settings. */
  system: boolean;
  /**
   * The user is the card's claim, not HubSpot's word (functions only): no director, manager or
   * admin rights, only the viewer's own numbers; what needs more answers `needs_backend`.
   */
  claimed: boolean;
  userId: number | null;
  /** The viewer's own owner record; null for users who own no records. */
  owner: Owner | null;
  director: boolean;
  /** Teams the settings name the viewer a manager of. */
  managedTeamIds: string[];
  /**
   * Settings admin or HubSpot super admin. Asked lazily and once: the super-admin flag costs a
   * users-API request, which most cards (a rep on their own deal) never need.
   */
  isAdmin(): Promise<boolean>;
}

export type ViewerRole = 'system' | 'admin' | 'director' | 'manager' | 'rep' | 'none';

export function viewerAccess(viewer: Viewer | SystemRunner, roster: Roster, settings: Settings, crm: CrmPort): ViewerAccess {
  if (isSystemRunner(viewer)) {
    return { system: true, claimed: false, userId: null, owner: null, director: false, managedTeamIds: [], isAdmin: async () => false };
  }
  const owner = roster.owners.find((o) => o.userId === viewer.userId && o.active) ?? roster.owners.find((o) => o.userId === viewer.userId) ?? null;
  if (viewer.identity === 'claimed') {
    return { system: false, claimed: true, userId: viewer.userId, owner, director: false, managedTeamIds: [], isAdmin: async () => false };
  }
  const managedTeamIds = owner === null ? [] : settings.teams.filter((t) => t.managerOwnerIds.includes(owner.id)).map((t) => t.teamId);
  let admin: Promise<boolean> | null = null;
  const isAdmin = (): Promise<boolean> => {
    admin ??= settings.adminUserIds.includes(viewer.userId)
      ? Promise.resolve(true)
      : crm.user(viewer.userId).then((user) => user?.superAdmin === true);
    return admin;
  };
  return { system: false, claimed: false, userId: viewer.userId, owner, director: owner !== null && settings.directorOwnerIds.includes(owner.id), managedTeamIds, isAdmin };
}

/**
 * The viewer's widest reading role, for the handlers that gate on it (funnel health, the
 * alert scan). Directors and admins both read everything, so a director is not asked about
 * admin rights (that would cost a users-API request); settings writes ask `isAdmin` itself.
 */
export async function viewerRole(access: ViewerAccess): Promise<ViewerRole> {
  if (access.system) return 'system';
  if (access.director) return 'director';
  if (await access.isAdmin()) return 'admin';
  if (access.managedTeamIds.length > 0) return 'manager';
  return access.owner === null ? 'none' : 'rep';
}
