import { Alert, StatisticsItem, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { OwnerScorecard } from '../../../extensions/cards/OwnerScorecard';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import { fakeClient, ok } from '../support/fakeClient';
import { scorecardFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

const savedAt = '2026-11-03T02:00:00.000Z';
const withNote = (afterPeriodEnded: boolean, afterEarlierPeriods: boolean): OwnerScorecardOutput => ({
  ...scorecardFixture,
  scoredWith: { version: 5, savedAt, savedBy: 'Ana Lee', afterPeriodEnded, afterEarlierPeriods },
});

async function render(card: OwnerScorecardOutput, locale = 'en-US') {
  const r = createRenderer('crm.record.tab');
  r.render(<OwnerScorecard client={fakeClient({ ownerScorecard: async () => ok(card) })} ownerId="101" locale={locale} />);
  await r.waitFor(() => expect(r.maybeFindByTestId(StatisticsItem, 'grade')).not.toBeNull());
  return r;
}

const when = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(savedAt));

describe('the scorecard says when a settings save rescored it', () => {
  it('warns that an ended quarter was scored with settings saved after it ended, naming who saved them', async () => {
    const r = await render(withNote(true, true));
    const alert = r.findByTestId(Alert, 'rescored');
    expect(alert.props.title).toBe('Scored with settings saved after this period ended');
    expect(visibleText(alert)).toContain(`saved on ${when('en-US')} by Ana Lee, after this period ended`);
    expect(r.maybeFindByTestId(Text, 'rescored-earlier')).toBeNull();
  });

  it('for a running quarter says only that the trend’s earlier periods may have changed', async () => {
    const r = await render(withNote(false, true));
    expect(r.maybeFindByTestId(Alert, 'rescored')).toBeNull();
    expect(r.findByTestId(Text, 'rescored-earlier').text).toContain('the earlier periods in the trend are scored with them too');
  });

  it('says nothing when the settings predate every period shown, or none were ever saved', async () => {
    for (const card of [withNote(false, false), { ...scorecardFixture, scoredWith: null }]) {
      const r = await render(card);
      expect([r.maybeFindByTestId(Alert, 'rescored'), r.maybeFindByTestId(Text, 'rescored-earlier')]).toEqual([null, null]);
    }
  });

  it('speaks Chinese for zh-CN', async () => {
    const r = await render(withNote(true, true), 'zh-CN');
    const alert = r.findByTestId(Alert, 'rescored');
    expect(alert.props.title).toBe('本期按其结束后保存的设置计分');
    expect(visibleText(alert)).toContain(`这些得分使用 ${when('zh-CN')} 由 Ana Lee 保存的设置，该设置保存于本期结束之后`);
  });
});
