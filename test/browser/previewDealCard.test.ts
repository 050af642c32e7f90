import type { DealKpisOutput } from '../../src/handlers/contracts/dealKpis';
import { en } from '../../extensions/i18n/en';
import { createFormat } from '../../extensions/i18n/format';
import type { Harness } from './browserHarness';
import { describeInBrowser, startHarness, textOf } from './browserHarness';

const format = createFormat('en-US');

describeInBrowser('preview: a rep opens one of their deals', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(() => h?.close());

  /** The rep's first open deal whose owner has a quota, so the card shows before → after. */
  async function openDealWithImpact(userId: number, ownerId: string): Promise<{ id: string; dto: DealKpisOutput }> {
    for (const record of await h.records('deals', ownerId)) {
      const dto = await h.api<DealKpisOutput>('POST', '/api/v1/deal-kpis', userId, { dealId: record.id });
      if (dto.deal.outcome === 'open' && dto.impact?.attainmentNow != null && dto.impact.attainmentAfter !== null) return { id: record.id, dto };
    }
    throw new Error(`owner ${ownerId} has no open deal with a quota in the demo`);
  }

  it('shows the attainment before → after and the commission the handler computed', async () => {
    const rep = h.person('rep');
    expect(rep.ownerId).not.toBeNull();
    const { id, dto } = await openDealWithImpact(rep.userId, rep.ownerId ?? '');
    const impact = dto.impact!;
    const page = await h.open({ user: String(rep.userId), view: 'record', type: 'deals', record: id, lang: 'en-US' });

    const attainment = await textOf(page, '[data-surface=deal-card] [data-testid=attainment]');
    expect(attainment).toContain(en.deal.attainmentTitle(dto.owner!.name, impact.period));
    expect(attainment).toContain(en.deal.attainmentChange(format.percent(impact.attainmentNow, 0), format.percent(impact.attainmentAfter, 0)));
    // The bar is filled to the attainment now, capped at 100%.
    const bar = await page.$eval('[data-surface=deal-card] .hs-progress__fill', (el) => (el as HTMLElement).style.width);
    expect(parseFloat(bar)).toBeCloseTo(Math.min(impact.attainmentNow! * 100, 100), 5);

    expect(impact.commission).not.toBeNull();
    const commission = await textOf(page, '[data-surface=deal-card] [data-testid=commission]');
    expect(commission).toContain(format.currency(impact.commission!.added, dto.currency));
    expect(commission).toContain(en.deal.commissionEarned(format.currency(impact.commission!.now, dto.currency)));

    const winChance = await textOf(page, '[data-surface=deal-card] [data-testid=win-chance]');
    expect(winChance).toContain(format.percent(dto.health.winChance.rate, 0));
    expect(await textOf(page, '[data-surface=deal-card] [data-testid=days-in-stage]')).toContain(format.number(dto.health.daysInStage, 0));
    expect(h.pageErrors).toEqual([]);
  });

  it('shows the record owner’s scorecard on a company the rep owns', async () => {
    const rep = h.person('rep');
    const [company] = await h.records('companies', rep.ownerId);
    expect(company).toBeDefined();
    const page = await h.open({ user: String(rep.userId), view: 'record', type: 'companies', record: company!.id, lang: 'en-US' });
    const heading = await textOf(page, '[data-surface=scorecard-tab] h3');
    expect(heading).toBe(en.scorecard.title(rep.name));
    expect(await page.$('[data-surface=deal-card]')).toBeNull();
    expect(h.pageErrors).toEqual([]);
  });
});
