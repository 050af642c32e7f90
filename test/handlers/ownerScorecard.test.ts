import { parsePeriod } from '../../src/domain/period';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { saveSettings } from '../../src/handlers/saveSettings';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { evaluateScorecard } from '../../src/scorecard/evaluateScorecard';
import type { Harness, Person } from './handlerFixture';
import { AS_OF, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData();
let h: Harness;

beforeAll(async () => {
  h = await harness(openStore, data);
  await h.store.manualScores.set(PORTAL_ID, { ownerId: PEOPLE.eastRep.ownerId, key: 'csat', period: '2026-Q4', score: 92 }, { name: 'fixture', userId: null });
  await h.store.manualScores.set(PORTAL_ID, { ownerId: PEOPLE.eastRep.ownerId, key: 'csat', period: '2026-Q3', score: 70 }, { name: 'fixture', userId: null });
});

/** The engine's own scorecard over the WHOLE portal, for the handler (which reads a window) to match. */
async function engineScorecard(ownerId: string, period: string) {
  const p = parsePeriod(period);
  if (!p.ok) throw new Error(p.error);
  const manualScores = await h.store.manualScores.list(PORTAL_ID);
  const result = evaluateScorecard({ data, index: buildPortalIndex(data), settings: h.settings, ownerId, period: p.value, now: AS_OF, manualScores, frozenForecasts: await h.store.forecasts.list(PORTAL_ID), history: 4 });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('ownerScorecard: the numbers are the engine’s', () => {
  it.each([
    ['a rep, this quarter', 'eastRep', '2026-Q4'],
    ['a rep, a closed quarter', 'eastRep', '2026-Q2'],
    ['the leaky team’s manager', 'southManager', '2026-Q3'],
    ['the director', 'director', '2026-Q3'],
  ] as const)('%s', async (_, person, period) => {
    const ownerId = PEOPLE[person].ownerId;
    const card = dataOf(await ownerScorecard({ ownerId, period }, h.deps(viewerOf('director'))));
    const engine = await engineScorecard(ownerId, period);
    expect(card.kpis).toEqual(engine.kpis);
    expect([card.total, card.grade, card.role, card.period]).toEqual([engine.total, engine.grade, engine.role, engine.period]);
    expect(card.history).toEqual(engine.history);
    expect(card.flags).toEqual(engine.flags);
    expect([card.complete, card.provisional, card.withheldFlags, card.dataIssues]).toEqual([engine.complete, engine.provisional, engine.withheldFlags, engine.dataIssues]);
    expect(card.currency).toBe('CNY');
  });

  it('names a won deal whose amount cannot be read, and holds the flags of the provisional total back', async () => {
    const rep = PEOPLE.eastRep.ownerId;
    const bounds = { start: Date.parse('2026-10-01T00:00:00Z'), end: Date.parse('2027-01-01T00:00:00Z') };
    const victim = data.deals.find((d) => d.ownerId === rep && d.outcome === 'won' && d.closedAt !== null && d.closedAt >= bounds.start && d.closedAt < bounds.end);
    if (victim === undefined) throw new Error('the east rep won nothing in 2026-Q4');
    const issue = { object: 'deal' as const, id: victim.id, field: 'amount', value: 'abc', reason: '"abc" is not a number' };
    const bad = { ...data, deals: data.deals.map((d) => (d === victim ? { ...d, amount: null, issues: [issue] } : d)) };
    const other = await harness(openStore, bad);
    const card = dataOf(await ownerScorecard({ period: '2026-Q4' }, other.deps(viewerOf('eastRep'))));
    expect([card.complete, card.provisional, card.flags]).toEqual([false, true, []]);
    expect(card.dataIssues).toEqual([expect.objectContaining({ recordId: victim.id, field: 'amount', kind: 'amount_not_a_number', recordName: victim.name })]);
    expect(card.kpis.find((k) => k.id === 'revenue_attainment')).toMatchObject({ complete: false });
  });

  it('scores the rep’s entered satisfaction score (manual KPI from the store)', async () => {
    const card = dataOf(await ownerScorecard({}, h.deps(viewerOf('eastRep'))));
    const csat = card.kpis.find((k) => k.id === 'manual:csat');
    expect(csat).toMatchObject({ status: 'ok', actual: 92, target: 80 });
    // linear: 92 / 80 = 1.15 → 115 points
    expect(csat?.score).toBeCloseTo(115, 10);
  });

  it('says manual KPIs are not configured when the install keeps no manual scores', async () => {
    const card = dataOf(await ownerScorecard({}, { ...h.deps(viewerOf('eastRep')), manualScores: null }));
    expect(card.kpis.find((k) => k.id === 'manual:csat')).toMatchObject({ status: 'not_configured', weight: 0 });
  });

  it('defaults to the viewer’s own owner record and the current quarter, and offers the last 8 quarters', async () => {
    const card = dataOf(await ownerScorecard({}, h.deps(viewerOf('eastRep'))));
    expect(card.owner.id).toBe(PEOPLE.eastRep.ownerId);
    expect(card.period).toBe('2026-Q4');
    expect(card.history.map((e) => e.period)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(card.periods).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
  });

  it('reads one rep’s window, not the portal', async () => {
    const spy = jest.spyOn(h.port, 'scorecardData');
    await ownerScorecard({ period: '2026-Q3' }, h.deps(viewerOf('eastRep')));
    const request = spy.mock.calls[0]?.[0];
    spy.mockRestore();
    expect(request?.ownerIds).toEqual([PEOPLE.eastRep.ownerId]);
    expect(request?.historyQuarters).toBe(4);
  });
});

describe('ownerScorecard: who sees whose scorecard', () => {
  const ask = async (viewer: Person, whose: Person) => ownerScorecard({ ownerId: PEOPLE[whose].ownerId ?? undefined }, h.deps(viewerOf(viewer)));

  it.each([
    ['a rep sees their own', 'eastRep', 'eastRep', true],
    ['a rep does not see a teammate’s', 'eastRep', 'eastRep2', false],
    ['a rep does not see their manager’s', 'eastRep', 'eastManager', false],
    ['a manager sees their team’s reps', 'eastManager', 'eastRep2', true],
    ['a manager does not see another team’s reps', 'eastManager', 'southRep', false],
    ['a manager does not see the director’s', 'eastManager', 'director', false],
    ['the director sees every rep', 'director', 'southRep', true],
    ['the admin sees every manager', 'admin', 'southManager', true],
  ] as const)('%s', async (_, viewer, whose, allowed) => {
    const result = await ask(viewer, whose);
    if (allowed) expect(dataOf(result).owner.id).toBe(PEOPLE[whose].ownerId);
    else expect(errorOf(result).code).toBe('forbidden');
  });

  it('refuses a user with no owner record, with or without an owner named', async () => {
    expect(errorOf(await ownerScorecard({}, h.deps(viewerOf('noOwner')))).code).toBe('forbidden');
    expect(errorOf(await ownerScorecard({ ownerId: PEOPLE.eastRep.ownerId }, h.deps(viewerOf('noOwner')))).code).toBe('forbidden');
  });

  it('lets the system runner read any scorecard, but it must name one', async () => {
    const runner = systemRunner(PORTAL_ID, 'kpi scorecard');
    expect(dataOf(await ownerScorecard({ ownerId: PEOPLE.southRep.ownerId }, h.deps(runner))).owner.id).toBe(PEOPLE.southRep.ownerId);
    expect(errorOf(await ownerScorecard({}, h.deps(runner)))).toMatchObject({ code: 'invalid', fields: [{ field: 'ownerId' }] });
  });

  it('refuses a viewer verified for another portal', async () => {
    expect(errorOf(await ownerScorecard({}, h.deps(viewerOf('director', 999))))).toMatchObject({ code: 'forbidden' });
  });
});

describe('ownerScorecard: bad requests', () => {
  it('names an unknown owner as not found to those who see everyone, and refuses it like any other to the rest', async () => {
    expect(errorOf(await ownerScorecard({ ownerId: '404' }, h.deps(viewerOf('director')))).code).toBe('not_found');
    for (const person of ['eastRep', 'eastManager'] as const) {
      const missing = errorOf(await ownerScorecard({ ownerId: '404' }, h.deps(viewerOf(person))));
      const someoneElses = errorOf(await ownerScorecard({ ownerId: PEOPLE.southRep.ownerId }, h.deps(viewerOf(person))));
      expect(missing).toEqual(someoneElses);
      expect(missing.code).toBe('forbidden');
    }
  });

  it('refuses an owner id that cannot be one, before asking HubSpot', async () => {
    expect(errorOf(await ownerScorecard({ ownerId: 'x'.repeat(16_000) }, h.deps(viewerOf('director'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'ownerId' }] });
  });

  it.each(['1970-01', '1969', '0000-Q1', '1999-Q4', '2027-Q4', '2028', '2099-01'])('refuses the period %s, outside 2000 to the current fiscal year, naming the field', async (period) => {
    expect(errorOf(await ownerScorecard({ period }, h.deps(viewerOf('director'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'period', message: expect.stringMatching(/out of range/) }] });
  });

  it.each(['2000-Q1', '2026-12', '2026'])('accepts %s, inside the range', async (period) => {
    expect((await ownerScorecard({ ownerId: PEOPLE.eastRep.ownerId, period }, h.deps(viewerOf('director')))).ok).toBe(true);
  });

  it('lists the period field when the label is not a period', async () => {
    expect(errorOf(await ownerScorecard({ period: 'last quarter' }, h.deps(viewerOf('director'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'period' }] });
  });
});

describe('ownerScorecard: which saved settings scored it', () => {
  const openStores = tempStores();
  it('names the admin whose save rescored an ended quarter, and only the trend for the running one', async () => {
    const hx = await harness(openStores, data);
    const settings = structuredClone(hx.settings);
    const [first, second] = settings.roles.rep.kpis;
    if (first === undefined || second === undefined) throw new Error('the demo rep template has two KPIs');
    first.weight += 5;
    second.weight -= 5;
    dataOf(await saveSettings({ settings, expectedVersion: 1 }, hx.deps(viewerOf('admin'))));
    const admin = data.owners.find((o) => o.userId === PEOPLE.admin.userId);
    const q3 = dataOf(await ownerScorecard({ ownerId: PEOPLE.eastRep.ownerId, period: '2026-Q3' }, hx.deps(viewerOf('eastManager'))));
    expect(q3.scoredWith).toEqual({ version: 2, savedAt: new Date(AS_OF).toISOString(), savedBy: `${admin?.name} (admin@demo-sales.cn)`, afterPeriodEnded: true, afterEarlierPeriods: true });
    const q4 = dataOf(await ownerScorecard({ ownerId: PEOPLE.eastRep.ownerId, period: '2026-Q4' }, hx.deps(viewerOf('eastManager'))));
    expect([q4.scoredWith?.afterPeriodEnded, q4.scoredWith?.afterEarlierPeriods]).toEqual([false, true]);
  });
});
