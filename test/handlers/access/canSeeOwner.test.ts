import fc from 'fast-check';
import type { Owner, PortalData, Team } from '../../../src/domain/portal';
import { canSeeOwner } from '../../../src/handlers/access/canSeeOwner';
import { viewerAccess, viewerRole } from '../../../src/handlers/access/viewerAccess';
import { visibleTeamIds } from '../../../src/handlers/access/visibleTeamIds';
import { crmPortFromSnapshot } from '../../../src/crm/crmPortFromSnapshot';
import { systemRunner } from '../../../src/handlers/handlerDeps';
import { defaultSettings } from '../../../src/settings/defaultSettings';
import type { Settings } from '../../../src/settings/settingsSchema';

const TEAMS = ['t1', 't2', 't3'];

/** A random portal of up to 8 owners (user id = 100 + owner id), each in 0–2 of three teams, with managers, directors and admins. */
const world = fc
  .record({
    memberships: fc.array(fc.subarray(TEAMS, { maxLength: 2 }), { minLength: 1, maxLength: 8 }),
    managers: fc.array(fc.nat(7), { minLength: 3, maxLength: 3 }),
    directors: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
    admins: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
    superAdmins: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
    viewer: fc.nat(9),
    target: fc.nat(7),
  })
  .map((w) => {
    const owners: Owner[] = w.memberships.map((teamIds, i) => ({ id: String(i), userId: 100 + i, email: null, name: `Owner ${i}`, teamIds, primaryTeamId: teamIds[0] ?? null, active: true }));
    const teams: Team[] = TEAMS.map((id) => ({ id, name: id, memberOwnerIds: owners.filter((o) => o.teamIds.includes(id)).map((o) => o.id) }));
    const settings: Settings = {
      ...defaultSettings(),
      teams: TEAMS.map((teamId, t) => ({ teamId, managerOwnerIds: [String(w.managers[t] ?? 0)] })),
      directorOwnerIds: w.directors.map(String),
      adminUserIds: w.admins.map((i) => 100 + i),
    };
    const data: PortalData = {
      portal: { id: 1, timeZone: 'UTC', currency: 'EUR' },
      owners,
      teams,
      pipelines: [],
      deals: [],
      goals: null,
      meetings: null,
      users: w.superAdmins.map((i) => ({ id: String(100 + i), email: null, superAdmin: true })),
    };
    // Viewers 8 and 9 own no records (user ids 108, 109).
    return { ...w, owners, teams, settings, data, viewerUserId: 100 + w.viewer, target: String(w.target % owners.length) };
  });

describe('who sees whose scorecard, against a plain model', () => {
  it('a viewer sees an owner iff self, director, admin, or manager of one of the owner’s teams', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const crm = crmPortFromSnapshot(w.data);
        const access = viewerAccess({ portalId: 1, userId: w.viewerUserId, email: null, locale: 'en-US' }, w, w.settings, crm);
        const me = w.owners.find((o) => o.userId === w.viewerUserId);
        const admin = w.admins.includes(w.viewer) || w.superAdmins.includes(w.viewer);
        const director = me !== undefined && w.settings.directorOwnerIds.includes(me.id);
        const target = w.owners.find((o) => o.id === w.target);
        const manages = me !== undefined && w.settings.teams.some((t) => t.managerOwnerIds.includes(me.id) && (target?.teamIds.includes(t.teamId) ?? false));
        const expected = me?.id === w.target || director || admin || manages;
        return (await canSeeOwner(access, w.target, w)) === expected;
      }),
    );
  });

  it('funnel teams: all for directors and admins, the managed ones for managers, none for reps', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const access = viewerAccess({ portalId: 1, userId: w.viewerUserId, email: null, locale: 'en-US' }, w, w.settings, crmPortFromSnapshot(w.data));
        const role = await viewerRole(access);
        const teams = await visibleTeamIds(access, w);
        if (role === 'director' || role === 'admin') return teams.length === TEAMS.length;
        if (role === 'manager') return teams.length > 0 && teams.every((t) => w.settings.teams.some((s) => s.teamId === t && s.managerOwnerIds.includes(access.owner?.id ?? '')));
        return teams.length === 0;
      }),
    );
  });

  it('the system runner sees everyone and every team', async () => {
    const w = fc.sample(world, 1)[0]!;
    const access = viewerAccess(systemRunner(1, 'cron'), w, w.settings, crmPortFromSnapshot(w.data));
    expect(await canSeeOwner(access, w.target, w)).toBe(true);
    expect(await visibleTeamIds(access, w)).toEqual(TEAMS);
  });
});
