import type { Roster } from '../../src/crm/crmPort';
import { savedByName } from '../../src/handlers/savedByName';

const roster: Roster = {
  owners: [{ id: '201', userId: 51000010, email: 'chen@example.cn', name: 'Chen Jing', teamIds: [], primaryTeamId: null, active: true }],
  teams: [],
};

describe('savedByName', () => {
  it('names the person behind a user id, with their e-mail', () => {
    expect(savedByName('user 51000010', roster)).toBe('Chen Jing (chen@example.cn)');
    expect(savedByName('chen.jing@corp.cn (user 51000010)', roster)).toBe('Chen Jing (chen.jing@corp.cn)');
  });

  it('keeps the e-mail of a user who owns no records, and a label that names no user as written', () => {
    expect(savedByName('ops@example.cn (user 51000002)', roster)).toBe('ops@example.cn');
    expect(savedByName('user 51000002', roster)).toBe('user 51000002');
    expect(savedByName('kpi serve --settings demo.json', roster)).toBe('kpi serve --settings demo.json');
    expect(savedByName(null, roster)).toBeNull();
  });
});
