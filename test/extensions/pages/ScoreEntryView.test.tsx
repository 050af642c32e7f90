import { Alert, Button, Heading, List, NumberInput, Select, TableRow, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { AppPage } from '../../../extensions/pages/AppPage';
import type { RecordManualScoreOutput } from '../../../src/handlers/contracts/manualScores';
import { fail, fakeClient, fire, ok, settle } from '../support/fakeClient';
import { importFixture, sheetFixture } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function renderScores(client: ReturnType<typeof fakeClient>, locale = 'en-US') {
  const r = createRenderer('pages');
  r.render(<AppPage client={client} locale={locale} portalId={4400123} initialView="scores" />);
  return r;
}

const loaded = (r: ReturnType<typeof renderScores>) => r.waitFor(() => expect(r.maybeFindByTestId(Text, 'current-csat-score')).not.toBeNull());

const corrected: RecordManualScoreOutput = {
  entry: { ...sheetFixture.lines[0]!.current!, score: 91, revision: 3 },
  replaced: sheetFixture.lines[0]!.current,
};

describe('Score entry tab', () => {
  it('lists the scores the rep’s template asks for, who entered each and when, and the history of a corrected one', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok(sheetFixture) });
    const r = renderScores(client);
    await loaded(r);
    expect(client.manualScoreSheet).toHaveBeenCalledWith({});
    expect(r.find(Heading).text).toBe('Scores for Li Wei, 2026-Q3');
    expect(visibleText(r.findByTestId(Text, 'current-csat-score'))).toMatch(/^Current score: 84 · entered by Chen Jing, Sep 20, 2026/);
    expect(visibleText(r.findByTestId(List, 'history-csat-score'))).toMatch(/^78 · entered by Chen Jing.* 84 · entered by Chen Jing/);
    expect(visibleText(r.findByTestId(Text, 'current-review_360-manager'))).toBe('Not entered yet');
    expect(r.maybeFindByTestId(NumberInput, 'input-review_360-self')).toBeNull();
    expect(visibleText(r.getRootNode())).toContain('360 review (self-assessment)');
    expect(visibleText(r.getRootNode())).toContain('You may not enter this score.');
    expect(r.maybeFindByTestId(TextArea, 'import-csv')).toBeNull();
  });

  it('corrects a score: sends it, says what it replaced, and loads the sheet again', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok(sheetFixture), recordManualScore: async () => ok(corrected) });
    const r = renderScores(client);
    await loaded(r);
    fire(r.findByTestId(NumberInput, 'input-csat-score'), 'onChange', 91);
    await settle();
    const save = r.findByTestId(Button, 'save-csat-score');
    expect(save.text).toBe('Correct score');
    save.trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'saved-csat-score')).not.toBeNull());
    expect(client.recordManualScore).toHaveBeenCalledWith({ ownerId: '101', period: '2026-Q3', key: 'csat', score: 91 });
    expect(visibleText(r.findByTestId(Alert, 'saved-csat-score'))).toContain('Corrected from 84 to 91; the earlier entry stays in the history.');
    await r.waitFor(() => expect(client.manualScoreSheet).toHaveBeenCalledTimes(2));
  });

  it('sends the 360 source, refuses a score outside 0–100 before sending, and shows a refusal', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok(sheetFixture), recordManualScore: async () => fail('forbidden', 'you may enter scores for the members of the teams you manage') });
    const r = renderScores(client);
    await loaded(r);
    fire(r.findByTestId(NumberInput, 'input-review_360-manager'), 'onChange', 140);
    await settle();
    expect(r.findByTestId(NumberInput, 'input-review_360-manager').props).toMatchObject({ error: true, validationMessage: 'Enter a score from 0 to 100.' });
    expect(r.findByTestId(Button, 'save-review_360-manager').props.disabled).toBe(true);
    fire(r.findByTestId(NumberInput, 'input-review_360-manager'), 'onChange', 72);
    await settle();
    r.findByTestId(Button, 'save-review_360-manager').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'failed-review_360-manager')).not.toBeNull());
    expect(client.recordManualScore).toHaveBeenCalledWith({ ownerId: '101', period: '2026-Q3', key: 'review_360', score: 72, source: 'manager' });
  });

  it('opens another person or period', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok(sheetFixture) });
    const r = renderScores(client);
    await loaded(r);
    fire(r.findByTestId(Select, 'owner'), 'onChange', '201');
    await loaded(r);
    expect(client.manualScoreSheet).toHaveBeenLastCalledWith({ ownerId: '201' });
  });

  it('gives admins the CSV import with a report per row', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok({ ...sheetFixture, mayImport: true }), importManualScores: async () => ok(importFixture) });
    const r = renderScores(client);
    await loaded(r);
    fire(r.findByTestId(TextArea, 'import-csv'), 'onChange', 'ownerId,key,period,score\n101,csat,2026-Q3,88');
    await settle();
    r.findByTestId(Button, 'import-run').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'import-result')).not.toBeNull());
    expect(client.importManualScores).toHaveBeenCalledWith({ csv: 'ownerId,key,period,score\n101,csat,2026-Q3,88' });
    expect(visibleText(r.findByTestId(Alert, 'import-result'))).toContain('0 recorded, 1 corrected, 1 refused.');
    expect(visibleText(r.findByTestId(TableRow, 'import-line-3'))).toBe('3 — csat 2026-Q3 70 Refused no owner has the e-mail zhao@example.cn');
  });

  it('speaks Chinese for zh-CN', async () => {
    const client = fakeClient({ manualScoreSheet: async () => ok({ ...sheetFixture, mayImport: true }) });
    const r = renderScores(client, 'zh-CN');
    await loaded(r);
    expect(r.find(Heading).text).toBe('Li Wei 的评分（2026-Q3）');
    expect(visibleText(r.findByTestId(Text, 'current-csat-score'))).toMatch(/^当前评分：84 · 由 Chen Jing 于 2026年9月20日.* 录入$/);
    expect(visibleText(r.getRootNode())).toContain('360度评估（自评）');
    expect(r.findByTestId(Button, 'save-csat-score').text).toBe('更正评分');
    expect(r.findByTestId(Button, 'import-run').text).toBe('导入');
  });
});
