import { Alert, Button, ErrorState, Flex, Input, Link, LoadingButton, NumberInput, Select, StatusTag, Table, TableRow, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { SettingsPage } from '../../../extensions/settings/SettingsPage';
import type { FrozenForecast } from '../../../src/domain/frozenForecast';
import { settingsSchema } from '../../../src/settings/settingsSchema';
import { fail, fakeClient, fire, ok } from '../support/fakeClient';
import { historyFixture, settingsContextFixture, storedSettings } from '../support/fixtures';
import { visibleText } from '../support/visibleText';

function settingsClient(overrides: Parameters<typeof fakeClient>[0] = {}) {
  return fakeClient({
    getSettings: async () => ok(storedSettings(7)),
    settingsContext: async () => ok(settingsContextFixture),
    settingsHistory: async () => ok(historyFixture),
    frozenForecasts: async () => ok({ forecasts: [] }),
    dataProblems: async () => ok({ deals: 0, dealsWithProblems: 0, kinds: [], from: '2025-Q4', to: '2026-Q4' }),
    ...overrides,
  });
}

async function renderSettings(client: ReturnType<typeof fakeClient>, locale = 'en-US') {
  const r = createRenderer('settings');
  r.render(<SettingsPage client={client} locale={locale} />);
  await r.waitFor(() => expect(r.maybeFindByTestId(LoadingButton, 'save')).not.toBeNull());
  return r;
}

const weightInput = (r: Awaited<ReturnType<typeof renderSettings>>, role: string, i: number) =>
  r.findByTestId(NumberInput, `roles.${role}.kpis.${i}.weight`);

describe('SettingsPage', () => {
  it('shows the stored role template with a live weight sum of 100', async () => {
    const r = await renderSettings(settingsClient());
    expect(weightInput(r, 'rep', 0).props).toMatchObject({ label: 'Weight', value: 40 });
    expect(r.findByTestId(NumberInput, 'roles.rep.kpis.1.target').props.value).toBe(30);
    expect(r.findByTestId(Text, 'sum-rep').text).toBe('Weights add up to 100 of 100.');
  });

  it('says that a visit target is per month, since it is scaled to the period', async () => {
    const r = await renderSettings(settingsClient());
    expect(r.findByTestId(NumberInput, 'roles.rep.kpis.4.target').props).toMatchObject({ label: 'Target (count per month)', value: 30 });
    expect(r.findByTestId(NumberInput, 'roles.rep.kpis.1.target').props.label).toBe('Target (%)');
  });

  it('refuses to save weights that add up to 110: the sum says so once next to the list, the notice names the place, nothing is sent', async () => {
    const client = settingsClient();
    const r = await renderSettings(client);
    fire(weightInput(r, 'rep', 0), 'onChange', 50);
    await r.waitFor(() => expect(r.findByTestId(Text, 'sum-rep').text).toBe('Weights add up to 110; they must add up to 100.'));
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'invalid')).not.toBeNull());
    expect(r.maybeFindByTestId(StatusTag, 'error:roles.rep.kpis')).toBeNull();
    expect(r.findByTestId(Alert, 'invalid').props.title).toBe('Fix these problems before saving (1)');
    expect(visibleText(r.findByTestId(Alert, 'invalid'))).toContain('Scorecards · Sales rep: Weights add up to 110; they must add up to 100.');
    expect(client.saveSettings).not.toHaveBeenCalled();
  });

  it('speaks Chinese in the notice for zh-CN, with no raw path', async () => {
    const client = settingsClient();
    const r = await renderSettings(client, 'zh-CN');
    fire(weightInput(r, 'rep', 0), 'onChange', 50);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'invalid')).not.toBeNull());
    const notice = visibleText(r.findByTestId(Alert, 'invalid'));
    expect(notice).toContain('权重合计为 110，必须等于 100。');
    expect(notice).not.toContain('roles.rep.kpis');
    expect(notice).not.toMatch(/weights add up/);
  });

  it('says "enter a number" for an emptied weight, not zod’s "received NaN"', async () => {
    const client = settingsClient();
    const r = await renderSettings(client);
    fire(weightInput(r, 'rep', 0), 'onChange', Number.NaN);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(weightInput(r, 'rep', 0).props.error).toBe(true));
    expect(weightInput(r, 'rep', 0).props.validationMessage).toBe('Enter a number.');
    expect(visibleText(r.getRootNode())).not.toMatch(/NaN/);
  });

  it('says at once, before any save, that a weight typed as "abc" is not a number, and stops summing', async () => {
    // The host sends NaN for text that is not a number (src/preview/browser/host/inputComponents.tsx).
    const r = await renderSettings(settingsClient());
    fire(weightInput(r, 'rep', 1), 'onChange', Number.NaN);
    await r.waitFor(() => expect(weightInput(r, 'rep', 1).props.error).toBe(true));
    expect(weightInput(r, 'rep', 1).props.validationMessage).toBe('Enter a number.');
    expect(r.findByTestId(Text, 'sum-rep').text).toBe('The weights cannot be added up until every weight is a number.');
    expect(r.maybeFindByTestId(Alert, 'invalid')).toBeNull();
  });

  it('does the same in zh-CN, with no English and no path', async () => {
    const r = await renderSettings(settingsClient(), 'zh-CN');
    fire(weightInput(r, 'rep', 1), 'onChange', Number.NaN);
    await r.waitFor(() => expect(weightInput(r, 'rep', 1).props.validationMessage).toBe('请输入数字。'));
    expect(r.findByTestId(Text, 'sum-rep').text).toBe('每个权重都填入数字后才能计算合计。');
  });

  it('marks an invalid number at its own input in the unit it is typed in (a negative commission rate)', async () => {
    const client = settingsClient();
    const r = await renderSettings(client);
    fire(r.find(NumberInput, { name: 'commission.tiers.1.rate' }), 'onChange', -6);
    await r.waitFor(() => expect(r.find(NumberInput, { name: 'commission.tiers.1.rate' }).props.error).toBe(true));
    expect(r.find(NumberInput, { name: 'commission.tiers.1.rate' }).props.validationMessage).toBe('Must be at least 0%.');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'invalid')).not.toBeNull());
    expect(visibleText(r.findByTestId(Alert, 'invalid'))).toContain('Commission · Tier 2 · Rate (%): Must be at least 0%.');
    expect(client.saveSettings).not.toHaveBeenCalled();
  });

  it('words every kind of refusal in Chinese for zh-CN: ranges, whole numbers, overlaps, periods, grades', async () => {
    const client = settingsClient();
    const r = await renderSettings(client, 'zh-CN');
    fire(r.find(NumberInput, { name: 'funnel.defaultThresholds.firstPair' }), 'onChange', 1000);
    fire(r.find(NumberInput, { name: 'commission.tiers.1.from' }), 'onChange', 0);
    fire(weightInput(r, 'rep', 0), 'onChange', 40.5);
    fire(r.find(Input, { name: 'quotas.0.period' }), 'onChange', 'next year');
    fire(r.find(Input, { name: 'grades.1.grade' }), 'onChange', 'A');
    fire(r.find(NumberInput, { name: 'funnel.maturityDays' }), 'onChange', 400);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'invalid')).not.toBeNull());
    expect(r.find(NumberInput, { name: 'funnel.defaultThresholds.firstPair' }).props.validationMessage).toBe('不能大于 100%。');
    expect(r.find(NumberInput, { name: 'commission.tiers.1.from' }).props.validationMessage).toBe('第 2 档从 0% 开始，未高于第 1 档（0%）；请按升序排列各档。');
    expect(weightInput(r, 'rep', 0).props.validationMessage).toBe('请输入整数。');
    expect(r.find(Input, { name: 'quotas.0.period' }).props.validationMessage).toBe('“next year”不是有效期间：请使用 2026、2026-Q3 或 2026-07。');
    expect(r.find(Input, { name: 'grades.1.grade' }).props.validationMessage).toBe('等级 A 重复。');
    expect(r.find(NumberInput, { name: 'funnel.maturityDays' }).props.validationMessage).toBe('不能大于 365。');
    const notice = visibleText(r.findByTestId(Alert, 'invalid'));
    expect(notice).toContain('提成 · 第 2 档 · 起始达成率（%）：第 2 档从 0% 开始');
    // Latin letters only where the admin typed them or a KPI/IANA name has them.
    expect(notice.replace(/next year|KPI/g, '')).not.toMatch(/[a-z]{3,}/i);
    expect(client.saveSettings).not.toHaveBeenCalled();
  });

  it('words a server refusal (field + reason) exactly as the same local check would, in each language', async () => {
    const refusal = { field: 'quotas.0.ownerId', message: 'owner 999 does not exist in this portal', reason: 'unknown_owner' as const, params: { owner: '999' } };
    for (const [locale, expected] of [['en-US', 'Owner 999 does not exist in this portal.'], ['zh-CN', '此门户中不存在负责人 999。']] as const) {
      const client = settingsClient({ saveSettings: async () => fail('invalid', 'the settings have 1 error(s); nothing was saved', [refusal]) });
      const r = await renderSettings(client, locale);
      r.findByTestId(LoadingButton, 'save').trigger('onClick');
      await r.waitFor(() => expect(r.find(Select, { name: 'quotas.0.subject' }).props.error).toBe(true));
      expect(r.find(Select, { name: 'quotas.0.subject' }).props.validationMessage).toBe(expected);
    }
  });

  it('shows a server refusal without a reason as sent in English, and never English inside zh-CN', async () => {
    const refusal = { field: 'roles.manager.kpis.2.target', message: 'revenue per rep needs a target' };
    const client = settingsClient({ saveSettings: async () => fail('invalid', 'settings are invalid', [refusal]) });
    const r = await renderSettings(client, 'zh-CN');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(NumberInput, 'roles.manager.kpis.2.target').props.error).toBe(true));
    expect(r.findByTestId(NumberInput, 'roles.manager.kpis.2.target').props.validationMessage).toBe('此值无效。');
  });

  it('tells the admin the latest version could not be read and why, and saves over it from that version', async () => {
    const fallback = { corruptVersion: 7, usedVersion: 6, reason: 'settings version 7 of portal 1 is corrupt: the stored settings are not JSON' };
    const client = settingsClient({ getSettings: async () => ok({ ...storedSettings(7), fallback }), saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    const alert = r.findByTestId(Alert, 'settings-fallback');
    expect(alert.props.title).toBe('Version 7 could not be read back; the form and every card show version 6. Save, or restore a version from History, to replace it.');
    expect(visibleText(alert)).toContain('the stored settings are not JSON');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    expect(client.saveSettings.mock.calls[0]?.[0]?.expectedVersion).toBe(7);
  });

  it('saves valid changes with the version it started from, then reloads', async () => {
    const client = settingsClient({ saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    fire(weightInput(r, 'rep', 0), 'onChange', 35);
    fire(weightInput(r, 'rep', 4), 'onChange', 10);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'saved')).not.toBeNull());
    expect(client.saveSettings).toHaveBeenCalledTimes(1);
    const sent = client.saveSettings.mock.calls[0]?.[0];
    expect(sent?.expectedVersion).toBe(7);
    const settings = settingsSchema.parse(sent?.settings);
    expect(settings.roles.rep.kpis.map((k) => [k.kpi, k.weight])).toEqual([
      ['revenue_attainment', 35], ['new_business_share', 15], ['win_rate', 15], ['collection_rate', 15], ['activity_count', 10], ['manual:csat', 10],
    ]);
    expect(settings.quotas).toEqual([{ ownerId: '101', period: '2026', amount: 4800000, split: 'even' }]);
    await r.waitFor(() => expect(client.getSettings).toHaveBeenCalledTimes(2));
  });

  it("shows a server 'invalid' at the field it names", async () => {
    const client = settingsClient({
      saveSettings: async () => fail('invalid', 'settings are invalid', [{ field: 'roles.manager.kpis.2.target', message: 'revenue per rep needs a target' }]),
    });
    const r = await renderSettings(client);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(NumberInput, 'roles.manager.kpis.2.target').props.error).toBe(true));
    expect(r.findByTestId(NumberInput, 'roles.manager.kpis.2.target').props.validationMessage).toBe('revenue per rep needs a target');
  });

  it('on a conflict, tells the admin someone saved first and reloads on request', async () => {
    const client = settingsClient({ saveSettings: async () => fail('conflict', 'version 8 exists') });
    const r = await renderSettings(client);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'conflict')).not.toBeNull());
    expect(r.findByTestId(Alert, 'conflict').props.title).toBe('Someone else saved first');
    expect(client.getSettings).toHaveBeenCalledTimes(1);
    r.findByTestId(Button, 'reload').trigger('onClick');
    await r.waitFor(() => expect(client.getSettings).toHaveBeenCalledTimes(2));
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'conflict')).toBeNull());
  });

  it('previews what a preset changes and applies it to the draft only', async () => {
    const client = settingsClient();
    const r = await renderSettings(client);
    fire(r.findByTestId(Select, 'preset'), 'onChange', 'market_share');
    await r.waitFor(() => expect(r.maybeFindByTestId(Table, 'preset-preview')).not.toBeNull());
    expect(visibleText(r.findByTestId(Table, 'preset-preview'))).toContain('Sales rep New customers None 30');
    r.findByTestId(Button, 'apply-preset').trigger('onClick');
    await r.waitFor(() => expect(weightInput(r, 'rep', 0).props.value).toBe(30));
    expect(r.findByTestId(Text, 'sum-rep').text).toBe('Weights add up to 100 of 100.');
    expect(client.saveSettings).not.toHaveBeenCalled();
  });

  it('restores an older version from history', async () => {
    const client = settingsClient({ restoreSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    expect(r.maybeFindByTestId(Button, 'restore-7')).toBeNull();
    r.findByTestId(Button, 'restore-5').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'restored')).not.toBeNull());
    expect(client.restoreSettings).toHaveBeenCalledWith({ version: 5, expectedVersion: 7 });
  });

  it('shows the funnel pairs of the pipeline, closed lost excluded, with the defaults as placeholders', async () => {
    const r = await renderSettings(settingsClient());
    const pairs = r.findAll(NumberInput).filter((n) => n.props.testId?.startsWith('threshold-'));
    expect(pairs.map((n) => [n.props.label, n.props.placeholder])).toEqual([
      ['Lead → Qualified (%)', 'Uses the default: 30'],
      ['Qualified → Proposal (%)', 'Uses the default: 50'],
      ['Proposal → Closed won (%)', 'Uses the default: 40'],
    ]);
  });

  it('offers the HubSpot goals by name to pick the revenue quota from, and saves the pick', async () => {
    const client = settingsClient({ saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    const select = r.findByTestId(Select, 'revenue-goal');
    expect(select.props.options.map((o) => o.label)).toEqual(['Not picked (only while the portal has one goal)', '2026-Q3 revenue quota 销售额目标', 'Calls made']);
    fire(select, 'onChange', 'g-revenue');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    expect(settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings).revenueGoalGroupId).toBe('g-revenue');
  });

  it('offers the portal deal properties for the 回款额 mapping', async () => {
    const r = await renderSettings(settingsClient());
    const select = r.findByTestId(Select, 'propertyMapping.collectedAmount');
    expect(select.props.options.map((o) => o.value)).toEqual(['', 'amount', 'collected_amount', 'region']);
    expect(select.props.value).toBe('');
  });

  it('cuts segments by the mapped region with a target, sends the digests in Chinese, and saves all three', async () => {
    const client = settingsClient({ saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    fire(r.findByTestId(Select, 'propertyMapping.segment'), 'onChange', 'region');
    fire(r.findByTestId(Select, 'segments.by'), 'onChange', 'deal_property');
    r.findByTestId(Button, 'add-segment-target').trigger('onClick');
    const input = (name: string) => r.findAll(Input).find((i) => i.props.name === name) ?? r.findAll(NumberInput).find((i) => i.props.name === name);
    fire(input('segments.targets.0.segment') as never, 'onChange', 'East');
    fire(input('segments.targets.0.period') as never, 'onChange', '2026-Q3');
    fire(input('segments.targets.0.amount') as never, 'onChange', 40000);
    fire(r.findByTestId(Select, 'digests.language'), 'onChange', 'zh');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    const saved = settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings);
    expect(saved.propertyMapping.segment).toBe('region');
    expect(saved.segments).toEqual({ by: 'deal_property', companyProperty: null, targets: [{ segment: 'East', period: '2026-Q3', amount: 40000 }] });
    expect(saved.digests).toEqual({ weekly: true, monthly: true, language: 'zh' });
  });

  it.each([
    ['en-US', 'Company property segments are cut by (e.g. industry, region)'],
    ['zh-CN', '用于细分的公司属性（如 industry、region）'],
  ])('cuts segments by a company property the admin names, with a target for one of its values (%s)', async (locale, label) => {
    const client = settingsClient({ saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client, locale);
    expect(r.maybeFindByTestId(Input, 'segments.companyProperty')).toBeNull();
    fire(r.findByTestId(Select, 'segments.by'), 'onChange', 'company_property');
    const property = r.findByTestId(Input, 'segments.companyProperty');
    expect(property.props.label).toBe(label);
    fire(property, 'onChange', ' industry ');
    r.findByTestId(Button, 'add-segment-target').trigger('onClick');
    const input = (name: string) => r.findAll(Input).find((i) => i.props.name === name) ?? r.findAll(NumberInput).find((i) => i.props.name === name);
    fire(input('segments.targets.0.segment') as never, 'onChange', 'COMPUTER_SOFTWARE');
    fire(input('segments.targets.0.period') as never, 'onChange', '2026-Q3');
    fire(input('segments.targets.0.amount') as never, 'onChange', 5000);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    const saved = settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings);
    expect(saved.segments).toEqual({ by: 'company_property', companyProperty: 'industry', targets: [{ segment: 'COMPUTER_SOFTWARE', period: '2026-Q3', amount: 5000 }] });
  });

  it('saves the key accounts and strategic products an admin types, values separated by commas', async () => {
    const client = settingsClient();
    const r = await renderSettings(client);
    fire(r.findByTestId(Input, 'keyAccounts.property'), 'onChange', 'tier');
    fire(r.findByTestId(Input, 'keyAccounts.values'), 'onChange', 'A, 重点，B');
    fire(r.findByTestId(Input, 'strategicProducts.property'), 'onChange', 'product_line');
    fire(r.findByTestId(Input, 'strategicProducts.values'), 'onChange', 'cloud');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    const saved = settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings);
    expect(saved.keyAccounts).toEqual({ property: 'tier', values: ['A', '重点', 'B'] });
    expect(saved.strategicProducts).toEqual({ productIds: [], property: 'product_line', values: ['cloud'] });
  });

  it.each([
    ['en-US', 'Target customer base', 'Customers'],
    ['zh-CN', '目标客户基数', '客户数'],
  ])('sets a team’s target customer base for a period, which customer growth divides by, and saves it (%s)', async (locale, title, customersLabel) => {
    const client = settingsClient();
    const r = await renderSettings(client, locale);
    expect(r.findAll(Text).some((x) => x.text === title)).toBe(true);
    r.findByTestId(Button, 'add-customer-base').trigger('onClick');
    const input = (name: string) => r.findAll(Input).find((i) => i.props.name === name) ?? r.findAll(NumberInput).find((i) => i.props.name === name);
    expect(input('customerBaseTargets.0.customers')?.props.label).toBe(customersLabel);
    fire(input('customerBaseTargets.0.period') as never, 'onChange', '2026-Q3');
    fire(input('customerBaseTargets.0.customers') as never, 'onChange', 40);
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    const saved = settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings);
    expect(saved.customerBaseTargets).toEqual([{ teamId: 'east', period: '2026-Q3', customers: 40 }]);
  });

  it('lets the admin pick what forecast accuracy compares with, and saves the pick', async () => {
    const client = settingsClient({ saveSettings: async () => ok(storedSettings(8)) });
    const r = await renderSettings(client);
    const select = r.findByTestId(Select, 'forecastSource');
    expect(select.props.value).toBe('weighted_pipeline');
    expect(select.props.options.map((o) => o.value)).toEqual(['hubspot_forecasts', 'weighted_pipeline', 'mapped_property']);
    fire(select, 'onChange', 'hubspot_forecasts');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(client.saveSettings).toHaveBeenCalledTimes(1));
    expect(settingsSchema.parse(client.saveSettings.mock.calls[0]?.[0]?.settings).forecastSource).toBe('hubspot_forecasts');
  });

  it.each([
    ['en-US', 'Map the “forecast at period start” property above first, or pick another source.'],
    ['zh-CN', '请先在上方映射“期初预测金额”属性，或选择其他来源。'],
  ])('refuses the mapped-property source while nothing is mapped, saying so in the admin’s language (%s)', async (locale, message) => {
    const client = settingsClient();
    const r = await renderSettings(client, locale);
    fire(r.findByTestId(Select, 'forecastSource'), 'onChange', 'mapped_property');
    r.findByTestId(LoadingButton, 'save').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'invalid')).not.toBeNull());
    expect(visibleText(r.findByTestId(Alert, 'invalid'))).toContain(message);
    expect(client.saveSettings).not.toHaveBeenCalled();
  });

  const frozenQ3: FrozenForecast = { subjectKind: 'team', subjectId: 'east', period: '2026-Q3', amount: 1_250_000, frozenAt: Date.parse('2026-07-01T00:00:00Z'), source: 'weighted_pipeline' };

  it.each([
    ['en-US', 'Team: East China 2026-Q3 1,250,000 Jul 1, 2026, 12:00 AM weighted pipeline', 'Forecast entered.', 'A forecast was already frozen for that period (1,250,000); it stays.'],
    ['zh-CN', '团队: East China 2026-Q3 1,250,000 2026年7月1日 00:00 加权管道', '预测已录入。', '该期已冻结预测（1,250,000），保持不变。'],
  ])('lists the frozen forecasts with when and how, and enters one the schedule missed (%s)', async (locale, row, entered, kept) => {
    let stored: FrozenForecast[] = [frozenQ3];
    const enterForecast = jest.fn(async (input: { subjectKind: string; period: string; amount: number }) => {
      const forecast: FrozenForecast = { ...frozenQ3, subjectKind: 'portal', subjectId: 'portal', period: input.period, amount: input.amount, source: 'entered' };
      const isNew = !stored.some((f) => f.subjectKind === 'portal' && f.period === input.period);
      if (isNew) stored = [forecast, ...stored];
      return ok({ entered: isNew, forecast: isNew ? forecast : frozenQ3 });
    });
    const client = settingsClient({ frozenForecasts: async () => ok({ forecasts: stored }), enterForecast: enterForecast as never });
    const r = await renderSettings(client, locale);
    await r.waitFor(() => expect(r.maybeFindByTestId(TableRow, 'forecast-team-east-2026-Q3')).not.toBeNull());
    expect(visibleText(r.findByTestId(TableRow, 'forecast-team-east-2026-Q3'))).toBe(row);
    fire(r.findByTestId(Input, 'forecast-period'), 'onChange', '2026-Q2');
    fire(r.findByTestId(NumberInput, 'forecast-amount'), 'onChange', 900_000);
    r.findByTestId(Button, 'enter-forecast').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Alert, 'forecast-entry-done')).not.toBeNull());
    expect(enterForecast).toHaveBeenCalledWith({ subjectKind: 'portal', period: '2026-Q2', amount: 900_000 });
    expect(r.findByTestId(Alert, 'forecast-entry-done').props.title).toBe(entered);
    await r.waitFor(() => expect(r.maybeFindByTestId(TableRow, 'forecast-portal-portal-2026-Q2')).not.toBeNull());
    r.findByTestId(Button, 'enter-forecast').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'forecast-entry-done').props.title).toBe(kept));
  });

  const report = {
    deals: 120,
    dealsWithProblems: 3,
    from: '2025-Q4',
    to: '2026-Q4',
    kinds: [
      {
        kind: 'amount_not_a_number' as const,
        sentence: 'has an amount that is not a number',
        count: 2,
        owners: [
          { ownerId: '101', ownerName: 'Li Wei', deals: [
            { recordId: '9001', recordName: 'Acme renewal', field: 'amount', problem: '"abc" is not a number', url: 'https://app.hubspot.com/contacts/881/record/0-3/9001' },
            { recordId: '9002', recordName: null, field: 'amount', problem: '"n/a" is not a number', url: 'https://app.hubspot.com/contacts/881/record/0-3/9002' },
          ] },
        ],
      },
      {
        kind: 'closedate_missing' as const,
        sentence: 'is closed without a close date',
        count: 1,
        owners: [{ ownerId: null, ownerName: null, deals: [{ recordId: '9003', recordName: 'Globex', field: 'closedate', problem: 'no close date', url: 'https://app.hubspot.com/contacts/881/record/0-3/9003' }] }],
      },
    ],
  };

  it.each([
    ['en-US', '3 of 120 deals read for the scorecards (2025-Q4 to 2026-Q4, and the open pipeline) cannot be read as they stand. Fix them in HubSpot; the numbers follow.', '2 deals have amounts that is not a number', 'Li Wei: 2 Acme renewal, Deal 9002', 'No owner: 1 Globex'],
    ['zh-CN', '记分卡读取的 120 笔交易（2025-Q4 至 2026-Q4 及未结管道）中有 3 笔无法按原样读取。请在 HubSpot 中修正，数字会随之更新。', '2 笔交易的金额不是数字', 'Li Wei：2 Acme renewal, 交易 9002', '无负责人：1 Globex'],
  ])('lists the portal’s data problems by kind and owner, each deal linked to its record (%s)', async (locale, summary, heading, owner, ownerless) => {
    const client = settingsClient({ dataProblems: async () => ok(report) });
    const r = await renderSettings(client, locale);
    expect(client.dataProblems).not.toHaveBeenCalled();
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'no-forecasts')).not.toBeNull());
    r.findByTestId(Button, 'find-data-problems').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(Text, 'data-problems-summary')).not.toBeNull());
    expect(r.findByTestId(Text, 'data-problems-summary').text).toBe(summary);
    expect(visibleText(r.findByTestId(Flex, 'problem-kind-amount_not_a_number'))).toContain(heading);
    expect(visibleText(r.findByTestId(Flex, 'problem-owner-amount_not_a_number-101'))).toBe(owner);
    expect(visibleText(r.findByTestId(Flex, 'problem-owner-closedate_missing-none'))).toBe(ownerless);
    expect(r.findByTestId(Link, 'problem-deal-amount_not_a_number-9001').props.href).toEqual({ url: 'https://app.hubspot.com/contacts/881/record/0-3/9001', external: true });
  });

  it('retries a failed load, and shows admins-only as permission denied', async () => {
    const client = settingsClient();
    client.getSettings.mockResolvedValueOnce(fail('crm_unavailable', 'store offline'));
    const r = createRenderer('settings');
    r.render(<SettingsPage client={client} locale="en-US" />);
    await r.waitFor(() => expect(r.maybeFindByTestId(Button, 'retry')).not.toBeNull());
    r.findByTestId(Button, 'retry').trigger('onClick');
    await r.waitFor(() => expect(r.maybeFindByTestId(LoadingButton, 'save')).not.toBeNull());
    expect(client.getSettings).toHaveBeenCalledTimes(2);

    const denied = createRenderer('settings');
    denied.render(<SettingsPage client={settingsClient({ getSettings: async () => fail('forbidden', 'admins only') })} locale="en-US" />);
    await denied.waitFor(() => expect(denied.maybeFind(ErrorState)?.props.type).toBe('lock'));
  });

  it('speaks Chinese for zh-CN, KPI names included', async () => {
    const r = await renderSettings(settingsClient(), 'zh-CN');
    expect(r.findByTestId(LoadingButton, 'save').text).toBe('保存');
    expect(r.findByTestId(Text, 'sum-rep').text).toBe('权重合计 100 / 100。');
    const text = visibleText(r.getRootNode());
    for (const name of ['销售额达成率', '新客户销售额占比', '团队目标达成率', '销售预测准确性']) expect(text).toContain(name);
  });
});
