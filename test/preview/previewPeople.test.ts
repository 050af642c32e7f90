import type { Owner, PortalUser, Team } from '../../src/domain/portal';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { previewPeople } from '../../src/preview/previewPeople';

const owner = (id: string, userId: number | null, name: string, teamId: string | null, active = true): Owner => ({
  id,
  userId,
  email: `${name.toLowerCase().replace(' ', '.')}@example.com`,
  name,
  teamIds: teamId === null ? [] : [teamId],
  primaryTeamId: teamId,
  active,
});

const teams: Team[] = [
  { id: 't1', name: 'East', memberOwnerIds: ['11', '12', '10'] },
  { id: 't2', name: 'South', memberOwnerIds: ['21', '20'] },
];

describe('previewPeople', () => {
  const settings = {
    ...defaultSettings(),
    teams: [
      { teamId: 't1', managerOwnerIds: ['10'] },
      { teamId: 't2', managerOwnerIds: ['20'] },
    ],
    directorOwnerIds: ['1'],
    adminUserIds: [900, 2],
  };
  const owners = [
    owner('1', 1, 'Dora Director', null),
    owner('2', 2, 'Abe Admin', null),
    owner('10', 10, 'Mona East', 't1'),
    owner('11', 11, 'Ray East', 't1'),
    owner('12', 12, 'Amy East', 't1'),
    owner('20', 20, 'Sam South', 't2'),
    owner('21', 21, 'Rita South', 't2'),
    owner('30', null, 'No User', 't1'),
    owner('31', 31, 'Gone Away', 't2', false),
  ];
  const users: PortalUser[] = [
    { id: '900', email: 'revops@example.com', superAdmin: true },
    { id: '2', email: 'abe.admin@example.com', superAdmin: false },
    { id: '901', email: 'someone@example.com', superAdmin: false },
  ];

  it('gives each user the role the settings give them, reps first, then managers, the director and the admins', () => {
    const people = previewPeople(owners, teams, users, settings);
    expect(people.map((p) => `${p.role}:${p.name}`)).toEqual([
      'rep:Amy East',
      'rep:Ray East',
      'rep:Rita South',
      'manager:Mona East',
      'manager:Sam South',
      'director:Dora Director',
      'admin:Abe Admin',
      'admin:revops@example.com',
    ]);
  });

  it('names each person’s team and keeps an admin without an owner record as a user only', () => {
    const people = previewPeople(owners, teams, users, settings);
    expect(people.find((p) => p.name === 'Rita South')).toMatchObject({ userId: 21, ownerId: '21', teamName: 'South' });
    expect(people.find((p) => p.userId === 900)).toEqual({ userId: 900, ownerId: null, name: 'revops@example.com', email: 'revops@example.com', role: 'admin', teamName: null });
  });

  it('leaves out owners who are not users, inactive owners and users who are not admins', () => {
    const ids = previewPeople(owners, teams, users, settings).map((p) => p.userId);
    expect(ids).not.toContain(31);
    expect(ids).not.toContain(901);
    expect(ids).toHaveLength(8);
  });

  it('makes everyone a rep when no settings promote anyone (a portal before its first save)', () => {
    const people = previewPeople(owners, teams, null, defaultSettings());
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(['rep']));
  });
});
