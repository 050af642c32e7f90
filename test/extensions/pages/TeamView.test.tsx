import { Alert, Button, ErrorState, Heading, Link, Select, StatisticsItem, TableHeader, TableRow, Tabs } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { csvOfHref } from '../../../extensions/client/csvHref';
import { APP_PAGE_ROUTES, AppPage } from '../../../extensions/pages/AppPage';
import { parseCsv } from '../../../src/domain/csv';
import { fail, fakeClient, fire, ok, settle } from '../support/fakeClient';
import { scorecardFixture, teamFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function renderTeam(client: ReturnType<typeof fakeClient>, locale = 'en-US') {
  const r = createRenderer('pages');
  r.mocks.setPageLocation({ path: APP_PAGE_ROUTES.team, params: {} });
  r.render(<AppPage client={client} locale={locale} portalId={4400123} navigateToPage={({ to }) => r.mocks.setPageLocation({ path: to, params: {} })} />);
  return r;
}

const loaded = (r: ReturnType<typeof renderTeam>) => r.waitFor(() => expect(r.maybeFindByTestId(TableRow, 'team-line')).not.toBeNull());
const memberRows = (r: ReturnType<typeof renderTeam>) => r.findAll(TableRow).filter((row) => row.props.testId?.startsWith('member-'));
const header = (r: ReturnType<typeof renderTeam>, label: string) => {
  const found = r.findAll(TableHeader).find((h) => visibleText(h) === label);
  if (found === undefined) throw new Error(`no header ${label}`);
  return found;
};

describe('Team tab', () => {
  it('notes, in each language, that the table of an ended quarter was scored with settings saved after it', async () => {
    const scoredWith = { version: 3, savedAt: '2026-11-03T02:00:00.000Z', savedBy: 'Ana Lee', afterPeriodEnded: true, afterEarlierPeriods: true };
    for (const [locale, title] of [['en-US', 'Scored with settings saved after this period ended'], ['zh-CN', '本期按其结束后保存的设置计分']] as const) {
      const r = renderTeam(fakeClient({ teamScorecards: async () => ok({ ...teamFixture, scoredWith }) }), locale);
      await loaded(r);
      expect(r.findByTestId(Alert, 'rescored').props.title).toBe(title);
      expect(visibleText(r.findByTestId(Alert, 'rescored'))).toContain('Ana Lee');
    }
  });

  it('ranks the members by total, best first, a member without a total last, and ends with the team line', async () => {
    const client = fakeClient({ teamScorecards: async () => ok(teamFixture) });
    const r = renderTeam(client);
    await loaded(r);
    expect(client.teamScorecards).toHaveBeenCalledWith({});
    expect(memberRows(r).map((row) => visibleText(row))).toEqual([
      '王芳 96.4 A ▲ from 88 Promotion candidate 110 90 80',
      'Li Wei 80.7 C ► as 80.5 — 65 124 108',
      'Zhang Min — Not graded — Improvement plan — 40 —',
    ]);
    expect(visibleText(r.findByTestId(TableRow, 'team-line'))).toBe('East China (team) 84.2 B ▼ from 86 — 83 95 93');
    expect(header(r, 'Total score').props).toMatchObject({ sortDirection: 'descending' });
  });

  it('sorts by any column either way; members without a number stay last', async () => {
    const r = renderTeam(fakeClient({ teamScorecards: async () => ok(teamFixture) }));
    await loaded(r);
    fire(header(r, 'Total score'), 'onSortChange', 'ascending');
    await settle();
    expect(memberRows(r).map((row) => row.props.testId)).toEqual(['member-101', 'member-103', 'member-102']);
    fire(header(r, 'Win rate'), 'onSortChange', 'descending');
    await settle();
    expect(memberRows(r).map((row) => row.props.testId)).toEqual(['member-101', 'member-103', 'member-102']);
    fire(header(r, 'Customer satisfaction'), 'onSortChange', 'ascending');
    await settle();
    expect(memberRows(r).map((row) => row.props.testId)).toEqual(['member-103', 'member-101', 'member-102']);
  });

  it('opens a rep’s scorecard for the same period from their name, and goes back', async () => {
    const client = fakeClient({ teamScorecards: async () => ok(teamFixture), ownerScorecard: async () => ok(scorecardFixture) });
    const r = renderTeam(client);
    await loaded(r);
    r.findByTestId(Link, 'open-101').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());
    expect(client.ownerScorecard).toHaveBeenCalledWith({ ownerId: '101', period: '2026-Q3' });
    r.findByTestId(Button, 'back').trigger('onClick');
    await loaded(r);
  });

  it('exports the rows as shown, as CSV with a byte-order mark, Chinese names intact', async () => {
    const r = renderTeam(fakeClient({ teamScorecards: async () => ok(teamFixture) }));
    await loaded(r);
    const link = r.findByTestId(Link, 'export-team');
    expect(visibleText(link)).toBe('Export CSV (4 rows)');
    const csv = csvOfHref((link.props.href as { url: string }).url) ?? '';
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.rows).toEqual([
      ['ownerId', 'Member', 'Total score', 'Grade', 'Previous total', 'Flags', 'Revenue attainment', 'Win rate', 'Customer satisfaction'],
      ['103', '王芳', '96.4', 'A', '88', 'Promotion candidate', '110', '90', '80'],
      ['101', 'Li Wei', '80.7', 'C', '80.5', '', '65', '124', '107.5'],
      ['102', 'Zhang Min', '', '', '61', 'Improvement plan', '', '40', ''],
      ['east', 'East China (team)', '84.2', 'B', '86', '', '83', '95', '93'],
    ]);
  });

  it('asks for another team or period when the manager picks one', async () => {
    const client = fakeClient({ teamScorecards: async () => ok(teamFixture) });
    const r = renderTeam(client);
    await loaded(r);
    fire(r.findByTestId(Select, 'team'), 'onChange', 'south');
    await settle();
    expect(client.teamScorecards).toHaveBeenLastCalledWith({ teamId: 'south' });
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = renderTeam(fakeClient({ teamScorecards: async () => ok(teamFixture) }), 'zh-CN');
    await loaded(r);
    expect(r.find(Heading).text).toBe('East China：团队记分卡对比');
    expect(visibleText(memberRows(r)[0] ?? null)).toBe('王芳 96.4 A ▲ 上期 88 晋升候选 110 90 80');
    expect(visibleText(r.findByTestId(Link, 'export-team'))).toBe('导出 CSV（4 行）');
    const csv = csvOfHref((r.findByTestId(Link, 'export-team').props.href as { url: string }).url) ?? '';
    expect(csv.split('\r\n')[0]).toBe('\uFEFFownerId,成员,总分,绩效等级,上期总分,标记,销售额达成率,赢单率,客户满意度');
    expect(r.find(Tabs).props.selected).toBe('team');
  });

  it('shows a rep the permission-denied state', async () => {
    const r = renderTeam(fakeClient({ teamScorecards: async () => fail('forbidden', 'the team view is for the managers of a team, directors and admins') }));
    await r.waitFor(() => expect(r.maybeFind(ErrorState)).not.toBeNull());
    expect(r.find(ErrorState).props.testId).toBe('forbidden');
  });
});
