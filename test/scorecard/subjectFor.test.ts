import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { subjectFor } from '../../src/scorecard/subjectFor';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { closedDeal, owner, portalOf } from './portalFixture';

describe('subjectFor (whose numbers a scorecard weighs)', () => {
  const data = portalOf(
    [owner('ann', ['east']), owner('bob', ['east']), owner('cat', ['west']), owner('dan', ['west'], false), owner('eve', ['east', 'west'])],
    [],
  );
  const index = buildPortalIndex(data);

  it('scores a rep on their own deals alone', () => {
    expect(subjectFor('ann', 'rep', data, index, defaultSettings())).toEqual({ kind: 'owner', id: 'ann', ownerIds: ['ann'], teamIds: [] });
  });

  it('gives a manager the teams the settings name them manager of, departed members included', () => {
    const settings = { ...defaultSettings(), teams: [{ teamId: 'west', managerOwnerIds: ['ann'] }] };
    const subject = subjectFor('ann', 'manager', data, index, settings);
    expect(subject).toEqual({ kind: 'team', id: 'west', ownerIds: ['cat', 'dan', 'eve'], teamIds: ['west'] });
  });

  it('falls back to the teams HubSpot puts a manager in when the settings name none', () => {
    const subject = subjectFor('eve', 'manager', data, index, defaultSettings());
    expect(subject.teamIds).toEqual(['east', 'west']);
    expect([...subject.ownerIds].sort()).toEqual(['ann', 'bob', 'cat', 'dan', 'eve']);
  });

  it('gives a director every team and its members, and sellers outside the teams, but not non-sellers', () => {
    const withOutsiders = portalOf(
      [...data.owners, owner('dir', []), owner('revops', []), owner('solo', []), owner('gone', [], false)],
      [closedDeal('solo', 'won', 1000, '2026-05-01T00:00:00Z'), closedDeal('gone', 'won', 500, '2026-05-01T00:00:00Z')],
    );
    const subject = subjectFor('dir', 'director', withOutsiders, buildPortalIndex(withOutsiders), defaultSettings());
    expect(subject.kind).toBe('portal');
    expect(subject.teamIds).toEqual(['east', 'west']);
    expect([...subject.ownerIds].sort()).toEqual(['ann', 'bob', 'cat', 'dan', 'eve', 'solo']);
  });
});
