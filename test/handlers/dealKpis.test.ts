import { nextDealEffect } from '../../src/commission/nextDealEffect';
import { periodBounds, periodContaining } from '../../src/domain/period';
import type { Deal, PortalData } from '../../src/domain/portal';
import { stalledLineDays, daysInStage } from '../../src/funnel/stageAging';
import { stageWinChance } from '../../src/funnel/stageWinChance';
import type { Viewer } from '../../src/handlers/contracts/common';
import { dealKpis } from '../../src/handlers/dealKpis';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { DEAL_HISTORY_DAYS, dealHistoryWindow } from '../../src/domain/dealHistoryWindow';
import { computeKpi } from '../../src/kpi/computeKpi';
import { calendarOf } from '../../src/kpi/kpiContext';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { quotaFor } from '../../src/kpi/quotaFor';
import { ANN, ANN_AS_OF, ANN_PORTAL_ID, BOB, CARL, DORA, EVE_USER_ID, GLOBEX, MIA, NOBODY_USER_ID, annData, annSettings } from './annPortal';
import type { Harness } from './handlerFixture';
import { AS_OF, PEOPLE, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const annViewer = (userId: number): Viewer => ({ portalId: ANN_PORTAL_ID, userId, email: null, locale: 'en-US' });

describe('dealKpis: Ann’s Globex deal, worked by hand', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(openStore, annData(), annSettings());
  });
  const card = async (userId: number) => dataOf(await dealKpis({ dealId: GLOBEX }, h.deps(annViewer(userId), undefined, ANN_AS_OF)));

  it('shows the stage, 10 days in it against an 8.2-day stalled line, and a 2-in-3 chance to win', async () => {
    const c = await card(ANN.userId);
    expect(c.deal).toEqual({ id: GLOBEX, name: 'Globex expansion', amount: 20000, pipelineId: 'default', pipelineLabel: 'Sales', stageId: 'appointmentscheduled', stageLabel: 'Appointment scheduled', outcome: 'open' });
    expect(c.health.daysInStage).toBeCloseTo(10, 10);
    expect(c.health.stalledLineDays).toBeCloseTo(8.2, 10);
    expect(c.health.stalled).toBe(true);
    expect(c.health.winChance.n).toBe(15);
    expect(c.health.winChance.rate).toBeCloseTo(10 / 15, 12);
    expect(c.owner).toEqual({ id: ANN.ownerId, name: 'Ann Test' });
    expect(c.currency).toBe('EUR');
  });

  it('takes Ann from 110% to 130% of her quarter, and her commission from 5,500 to 6,600', async () => {
    const c = await card(ANN.userId);
    expect(c.impact).toMatchObject({ period: '2026-Q4', quota: 100000, wonSoFar: 110000, reason: null });
    expect(c.impact?.attainmentNow).toBeCloseTo(1.1, 12);
    expect(c.impact?.attainmentAfter).toBeCloseTo(1.3, 12);
    expect(c.impact?.commission?.now).toBeCloseTo(5500, 6);
    expect(c.impact?.commission?.after).toBeCloseTo(6600, 6);
    expect(c.impact?.commission?.added).toBeCloseTo(1100, 6);
  });

  it.each([
    ['Ann herself', ANN.userId],
    ['Mia, her manager', MIA.userId],
    ['Dora, the director', DORA.userId],
    ['Eve, a HubSpot super admin', EVE_USER_ID],
  ])('%s (user %i) sees the deal’s health and Ann’s quota, attainment and commission', async (_, userId) => {
    const c = await card(userId);
    expect(c.health.stalled).toBe(true);
    expect(c.impactHidden).toBe(false);
    expect(c.impact?.attainmentAfter).toBeCloseTo(1.3, 12);
    expect(c.impact?.commission).not.toBeNull();
  });

  it.each([
    ['Bob, her teammate', BOB.userId],
    ['Carl, from another team', CARL.userId],
  ])('%s (user %i) sees the deal’s health but none of Ann’s numbers, as her scorecard refuses them', async (_, userId) => {
    const c = await card(userId);
    expect(c.health.stalled).toBe(true);
    expect(c.owner).toEqual({ id: ANN.ownerId, name: 'Ann Test' });
    expect(c.impactHidden).toBe(true);
    expect(c.impact).toBeNull();
    expect(JSON.stringify(c)).not.toMatch(/quota|wonSoFar|attainment|commission/);
  });

  it('refuses a user with no owner record, who could otherwise read any deal by its id', async () => {
    expect(errorOf(await dealKpis({ dealId: GLOBEX }, h.deps(annViewer(NOBODY_USER_ID), undefined, ANN_AS_OF))).code).toBe('forbidden');
    expect(errorOf(await dealKpis({ dealId: '404' }, h.deps(annViewer(NOBODY_USER_ID), undefined, ANN_AS_OF))).code).toBe('forbidden');
  });

  it('says a won deal adds nothing, and a deal without owner has no impact', async () => {
    const won = dataOf(await dealKpis({ dealId: '302' }, h.deps(annViewer(ANN.userId), undefined, ANN_AS_OF)));
    expect(won.deal.outcome).toBe('won');
    expect(won.health).toMatchObject({ daysInStage: null, stalled: false });
    expect(won.impact).toMatchObject({ attainmentNow: 1.1, attainmentAfter: 1.1, commission: { added: 0 } });
    expect(won.impact?.reason).toMatch(/already won/);
    const orphan = dataOf(await dealKpis({ dealId: '9002' }, h.deps(annViewer(ANN.userId), undefined, ANN_AS_OF)));
    expect([orphan.owner, orphan.impact]).toEqual([null, null]);
  });

  it('leaves a won deal with a negative amount out of won so far, saying so, instead of counting it as revenue', async () => {
    const data = annData();
    const negative: Deal = { ...(data.deals.find((d) => d.id === '301') as Deal), id: '303', name: 'Refund booked as a deal', amount: -40_000 };
    const bad = await harness(openStore, { ...data, deals: [...data.deals, negative] }, annSettings());
    const c = dataOf(await dealKpis({ dealId: GLOBEX }, bad.deps(annViewer(ANN.userId), undefined, ANN_AS_OF)));
    expect(c.impact?.wonSoFar).toBe(110000);
    expect(c.impact?.attainmentAfter).toBeCloseTo(1.3, 12);
    expect(c.impact?.reason).toMatch(/1 won deal of 2026-Q4 could not be read/);
  });

  it('leaves attainment and commission unknown when Ann has no quota, saying why', async () => {
    const noQuota = await harness(openStore, annData(), { ...annSettings(), quotas: [] });
    const c = dataOf(await dealKpis({ dealId: GLOBEX }, noQuota.deps(annViewer(ANN.userId), undefined, ANN_AS_OF)));
    expect(c.impact).toMatchObject({ quota: null, wonSoFar: 110000, attainmentNow: null, attainmentAfter: null, commission: null });
    expect(c.impact?.reason).toMatch(/no target/);
  });

  it('answers not_found for a deal that does not exist, and invalid for an id that cannot be a deal id', async () => {
    expect(errorOf(await dealKpis({ dealId: '404' }, h.deps(annViewer(ANN.userId), undefined, ANN_AS_OF))).code).toBe('not_found');
    for (const dealId of ['', '0', '12a', '-5', ' 301', '1'.repeat(20), '9'.repeat(16_000)]) {
      expect(errorOf(await dealKpis({ dealId }, h.deps(annViewer(ANN.userId), undefined, ANN_AS_OF)))).toMatchObject({ code: 'invalid', fields: [{ field: 'dealId' }] });
    }
  });
});

describe('dealKpis: the demo portal’s open deals, against the engine', () => {
  const data = demoData();
  let h: Harness;
  beforeAll(async () => {
    h = await harness(openStore, data);
  });

  /** What the engine says about a deal, over the whole portal. */
  function engine(deal: Deal, portal: PortalData) {
    const settings = h.settings;
    const pipeline = portal.pipelines.find((p) => p.id === deal.pipelineId);
    if (!pipeline || deal.stageId === null || deal.ownerId === null) throw new Error('fixture deal must be complete');
    const w = dealHistoryWindow(AS_OF, DEAL_HISTORY_DAYS);
    const history = portal.deals.filter((d) => d.pipelineId === pipeline.id && (d.outcome === 'won' || d.outcome === 'lost') && d.closedAt !== null && d.closedAt >= w.start && d.closedAt < w.end);
    const calendar = calendarOf(settings, portal);
    const period = periodContaining('quarter', AS_OF, calendar);
    const index = buildPortalIndex(portal);
    const subject = { kind: 'owner' as const, id: deal.ownerId, ownerIds: [deal.ownerId], teamIds: [] };
    const ctx = { data: portal, index, settings, calendar, period, now: AS_OF, subject, manualScores: null, frozenForecasts: null };
    const won = computeKpi('won_revenue', ctx);
    const quota = quotaFor(subject, period, ctx).amount;
    const effect = nextDealEffect(won.actual ?? NaN, deal.amount ?? NaN, quota, settings.commission);
    return {
      line: stalledLineDays(pipeline, deal.stageId, history, settings.funnel),
      days: daysInStage(deal, AS_OF),
      chance: stageWinChance(pipeline, deal.stageId, history),
      won: won.actual,
      attainment: computeKpi('revenue_attainment', ctx).actual,
      quota,
      effect: effect.ok ? effect.value : null,
      bounds: periodBounds(period, calendar),
    };
  }

  it('gives every KPI of ten open deals as the engine computes it', async () => {
    const open = data.deals.filter((d) => d.outcome === 'open' && d.ownerId !== null && d.amount !== null && d.stageId !== null).slice(0, 10);
    expect(open.length).toBe(10);
    for (const deal of open) {
      const c = dataOf(await dealKpis({ dealId: deal.id }, h.deps(viewerOf('director'))));
      const e = engine(deal, data);
      expect(c.health.stalledLineDays).toBe(e.line);
      expect(c.health.daysInStage).toBe(e.days);
      expect(c.health.winChance).toEqual({ rate: e.chance.rate, n: e.chance.n, ci: e.chance.ci });
      expect(c.impact?.wonSoFar).toBe(e.won);
      expect(c.impact?.quota).toBe(e.quota);
      expect(c.impact?.attainmentNow).toBe(e.attainment);
      expect(c.impact?.commission).toEqual({ now: e.effect?.commissionNow, after: e.effect?.commissionAfter, added: e.effect?.commissionAdded });
      expect(c.impact?.attainmentAfter).toBe(e.effect?.attainmentAfter);
    }
  });

  it.each([
    ['a rep, on another team’s deal', 'eastRep', 'southRep', false],
    ['a rep, on a teammate’s deal', 'eastRep', 'eastRep2', false],
    ['a manager, on another team’s deal', 'eastManager', 'southRep', false],
    ['a manager, on their rep’s deal', 'eastManager', 'eastRep2', true],
    ['a rep, on their own deal', 'eastRep', 'eastRep', true],
  ] as const)('%s: sees the health; the owner’s numbers exactly when the scorecard would show them (%s → %s: %s)', async (_, viewer, owner, sees) => {
    const deal = data.deals.find((d) => d.outcome === 'open' && d.ownerId === PEOPLE[owner].ownerId && d.amount !== null && d.stageId !== null);
    const c = dataOf(await dealKpis({ dealId: deal?.id }, h.deps(viewerOf(viewer))));
    expect(c.health.winChance.n).toBeGreaterThan(0);
    const scorecard = await ownerScorecard({ ownerId: PEOPLE[owner].ownerId ?? undefined }, h.deps(viewerOf(viewer)));
    expect(scorecard.ok).toBe(sees);
    expect(c.impactHidden).toBe(!sees);
    if (sees) expect(c.impact?.wonSoFar).toEqual(expect.any(Number));
    else expect(c.impact).toBeNull();
  });
});
