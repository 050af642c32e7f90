import type { DealKpisOutput } from '../../src/handlers/contracts/dealKpis';
import type { OwnerScorecardOutput } from '../../src/handlers/contracts/ownerScorecard';
import type { SettingsVersionDto } from '../../src/handlers/contracts/settings';
import { settingsSchema } from '../../src/settings/settingsSchema';
import type { KpiId } from '../../src/kpi/catalog';
import { kpiDefinition } from '../../src/kpi/catalog';
import { createFormat } from '../../extensions/i18n/format';
import { zh } from '../../extensions/i18n/zh';
import type { Harness } from './browserHarness';
import { describeInBrowser, startHarness, textOf } from './browserHarness';

const format = createFormat('zh-CN');
/** The catalogue's Chinese name (kpi-spec §4), manual KPIs included. */
const zhName = (id: string): string => kpiDefinition(id as KpiId).zh;

describeInBrowser('preview: the same surfaces in zh-CN', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(() => h?.close());

  it('names every KPI of the rep’s scorecard in Chinese', async () => {
    const rep = h.person('rep');
    const scorecard = await h.api<OwnerScorecardOutput>('POST', '/api/v1/owner-scorecard', rep.userId, {});
    expect(scorecard.kpis.length).toBeGreaterThan(0);
    const page = await h.open({ user: String(rep.userId), view: 'page', lang: 'zh-CN' });
    // The host is ready before the scorecard's data arrives: wait for its last row.
    await page.waitForSelector(`[data-testid=kpi-table] tbody tr:nth-child(${scorecard.kpis.length}) td`);
    const names = await page.$$eval('[data-testid=kpi-table] tbody tr td:first-child', (cells) => cells.map((c) => ((c as HTMLElement).innerText.split('\n')[0] ?? '').trim()));
    expect(names).toEqual(scorecard.kpis.map((k) => zhName(k.id)));
    expect(names).toContain('销售额达成率');
    expect(await textOf(page, '[data-surface=app-page] button[data-tab-id=mine]')).toBe(zh.app.myScorecard);
    expect(h.pageErrors).toEqual([]);
  });

  it('tells a rep in Chinese what closing their deal does', async () => {
    const rep = h.person('rep');
    const deals = await h.records('deals', rep.ownerId);
    const dealId = deals[0]!.id;
    const dto = await h.api<DealKpisOutput>('POST', '/api/v1/deal-kpis', rep.userId, { dealId });
    const page = await h.open({ user: String(rep.userId), view: 'record', type: 'deals', record: dealId, lang: 'zh-CN' });
    const stage = await textOf(page, '[data-surface=deal-card] [data-testid=days-in-stage]');
    expect(stage).toBe(dto.health.daysInStage === null ? zh.deal.daysUnknown : zh.deal.daysInStage(format.number(dto.health.daysInStage, 0), Math.round(dto.health.daysInStage)));
    expect(await textOf(page, '[data-surface=deal-card] [data-testid=win-chance]')).toContain(zh.deal.winChance);
    expect(h.pageErrors).toEqual([]);
  });

  it('shows the weight-sum error in Chinese and saves nothing', async () => {
    const admin = h.person('admin');
    const before = await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId);
    const first = settingsSchema.parse(before.settings).roles.rep.kpis[0]!;
    const page = await h.open({ user: String(admin.userId), view: 'settings', lang: 'zh-CN' });
    expect(await textOf(page, '[data-testid="roles.rep.kpis.0"]')).toContain(zhName(first.kpi));
    await page.fill('[data-testid="roles.rep.kpis.0.weight"] input', String(first.weight + 10));
    await page.click('[data-testid=save]');
    expect(await textOf(page, '[data-testid=sum-rep]')).toBe(zh.settings.weightsSumError(format.number(110, 0)));
    await page.waitForSelector('[data-testid=invalid]');
    expect((await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId)).version).toBe(before.version);
    expect(h.pageErrors).toEqual([]);
  });
});
