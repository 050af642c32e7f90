import type { OwnerScorecardOutput } from '../../src/handlers/contracts/ownerScorecard';
import type { SettingsVersionDto } from '../../src/handlers/contracts/settings';
import { settingsSchema } from '../../src/settings/settingsSchema';
import { en } from '../../extensions/i18n/en';
import { createFormat } from '../../extensions/i18n/format';
import type { Harness } from './browserHarness';
import { describeInBrowser, startHarness, textOf } from './browserHarness';

const format = createFormat('en-US');
const weightInput = (i: number) => `[data-testid="roles.rep.kpis.${i}.weight"] input`;

describeInBrowser('preview: an admin edits the rep scorecard weights', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(() => h?.close());

  it('refuses weights that add up to 110, then saves valid ones and the rep’s total follows', async () => {
    const admin = h.person('admin');
    const rep = h.person('rep');
    const before = await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId);
    const repKpis = settingsSchema.parse(before.settings).roles.rep.kpis;
    const [first, second] = repKpis;
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(repKpis.reduce((sum, k) => sum + k.weight, 0)).toBe(100);
    const scoreBefore = await h.api<OwnerScorecardOutput>('POST', '/api/v1/owner-scorecard', rep.userId, {});

    const page = await h.open({ user: String(admin.userId), view: 'settings', lang: 'en-US' });
    await page.fill(weightInput(0), String(first!.weight + 10));
    expect(await textOf(page, '[data-testid=sum-rep]')).toBe(en.settings.weightsSumError(format.number(110, 0)));
    await page.click('[data-testid=save]');
    const invalid = await textOf(page, '[data-testid=invalid]');
    expect(invalid).toContain(`${en.settings.sections.scorecards} · ${en.scorecard.role.rep}: ${en.settings.weightsSumError(format.number(110, 0))}`);
    expect(invalid).not.toContain('roles.rep.kpis');
    // The live sum already says it next to the list; the same message is not repeated there.
    expect(await page.$('[data-testid="error:roles.rep.kpis"]')).toBeNull();
    const unchanged = await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId);
    expect(unchanged.version).toBe(before.version);
    expect(settingsSchema.parse(unchanged.settings).roles.rep.kpis[0]?.weight).toBe(first!.weight);

    await page.fill(weightInput(1), String(second!.weight - 10));
    expect(await textOf(page, '[data-testid=sum-rep]')).toBe(en.settings.weightsSum(format.number(100, 0)));
    await page.click('[data-testid=save]');
    expect(await textOf(page, '[data-testid=saved]')).toBe(en.settings.saved);
    const saved = await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId);
    expect(saved.version).toBe(before.version + 1);
    expect(settingsSchema.parse(saved.settings).roles.rep.kpis.map((k) => k.weight)).toEqual(repKpis.map((k, i) => k.weight + (i === 0 ? 10 : i === 1 ? -10 : 0)));

    const scoreAfter = await h.api<OwnerScorecardOutput>('POST', '/api/v1/owner-scorecard', rep.userId, {});
    expect(scoreAfter.total).not.toBe(scoreBefore.total);
    const weightOf = (s: OwnerScorecardOutput, kpi: string) => s.kpis.find((k) => k.id === kpi)?.weight ?? 0;
    expect(weightOf(scoreAfter, first!.kpi)).toBeGreaterThan(weightOf(scoreBefore, first!.kpi));
    expect(weightOf(scoreAfter, second!.kpi)).toBeLessThan(weightOf(scoreBefore, second!.kpi));
    // The total is the weighted sum of the scores under the weights now applied (kpi-spec §6).
    const weighted = scoreAfter.kpis.reduce((sum, k) => sum + (k.score ?? 0) * k.weight, 0) / 100;
    expect(scoreAfter.total).toBeCloseTo(weighted, 6);

    const repPage = await h.open({ user: String(rep.userId), view: 'page', lang: 'en-US' });
    expect(await textOf(repPage, '[data-surface=app-page] [data-testid=total]')).toContain(format.number(scoreAfter.total, 1));
    expect(h.pageErrors).toEqual([]);
  });

  it('says at once that a weight typed as "abc" is not a number, stops the running sum, and clears when fixed', async () => {
    const admin = h.person('admin');
    const page = await h.open({ user: String(admin.userId), view: 'settings', lang: 'en-US' });
    const sumBefore = await textOf(page, '[data-testid=sum-rep]');
    await page.fill(weightInput(0), 'abc');
    expect(await textOf(page, '[data-testid="roles.rep.kpis.0.weight"]')).toContain(en.settings.problems.not_a_number({}));
    expect(await textOf(page, '[data-testid=sum-rep]')).toBe(en.settings.weightsSumUnknown);
    expect(await page.$('[data-testid=invalid]')).toBeNull();
    await page.fill(weightInput(0), '');
    await page.fill(weightInput(0), String(settingsSchema.parse((await h.api<SettingsVersionDto>('GET', '/api/v1/settings', admin.userId)).settings).roles.rep.kpis[0]?.weight));
    expect(await textOf(page, '[data-testid=sum-rep]')).toBe(sumBefore);
    expect(await textOf(page, '[data-testid="roles.rep.kpis.0.weight"]')).not.toContain(en.settings.problems.not_a_number({}));
    expect(h.pageErrors).toEqual([]);
  });
});
