import { Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DataAsOf } from '../../../extensions/components/DataAsOf';
import { i18nFor } from '../../../extensions/i18n/useI18n';

/** How fresh the numbers are, in the reader's language, under every surface. */
describe('DataAsOf', () => {
  const iso = '2026-08-14T10:42:00.000Z';
  const render = (locale: string, now: number) => {
    const r = createRenderer('crm.record.sidebar');
    r.render(<DataAsOf iso={iso} i18n={i18nFor(locale)} now={now} />);
    return r.findByTestId(Text, 'data-as-of').text;
  };

  it('says the time and how long ago, in English and Chinese', () => {
    const twoMinutesLater = Date.parse(iso) + 2 * 60_000 + 5_000;
    expect(render('en-US', twoMinutesLater)).toMatch(/^Data as of \d{1,2}:42( [AP]M)?, 2 minutes ago$/);
    expect(render('zh-CN', twoMinutesLater)).toMatch(/^数据截至 \d{1,2}:42（2分钟前）$/);
  });

  it('says "now" for a read within the minute, and hours for an old copy', () => {
    expect(render('en-US', Date.parse(iso) + 10_000)).toMatch(/, now$/);
    expect(render('en-US', Date.parse(iso) + 3 * 3_600_000)).toMatch(/, 3 hours ago$/);
  });
});
