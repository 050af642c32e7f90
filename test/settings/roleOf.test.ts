import { roleOf } from '../../src/settings/roleOf';

describe('roleOf (kpi-spec §1)', () => {
  const settings = {
    directorOwnerIds: ['1'],
    teams: [
      { teamId: 'east', managerOwnerIds: ['2'] },
      { teamId: 'west', managerOwnerIds: ['3', '1'] },
    ],
  };

  it('makes the named director a director even when they also manage a team', () => {
    expect(roleOf('1', settings)).toBe('director');
  });

  it('makes a team manager named in the settings a manager', () => {
    expect(roleOf('2', settings)).toBe('manager');
    expect(roleOf('3', settings)).toBe('manager');
  });

  it('treats everyone else as a rep', () => {
    expect(roleOf('4', settings)).toBe('rep');
    expect(roleOf('4', { directorOwnerIds: [], teams: [] })).toBe('rep');
  });
});
