import { enterForecast } from '../../src/handlers/enterForecast';
import { computeKpi } from '../../src/kpi/computeKpi';
import { calendarOf } from '../../src/kpi/kpiContext';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { departmentOf } from '../../src/scorecard/subjectFor';
import { freezeForecasts } from '../../src/handlers/freezeForecasts';
import { frozenForecasts } from '../../src/handlers/frozenForecasts';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import type { Harness } from './handlerFixture';
import { AS_OF, EAST_TEAM_ID, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);

let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
});

describe('enterForecast: an admin enters the forecast made at period start', () => {
  it('keeps it with when and how, and the director’s scorecard judges the quarter against it beside the actual', async () => {
    const out = dataOf(await enterForecast({ subjectKind: 'portal', period: '2026-Q2', amount: 2_400_000 }, h.deps(viewerOf('admin'))));
    expect(out).toEqual({ entered: true, forecast: { subjectKind: 'portal', subjectId: 'portal', period: '2026-Q2', amount: 2_400_000, frozenAt: AS_OF, source: 'entered' } });
    const card = dataOf(await ownerScorecard({ ownerId: PEOPLE.director.ownerId, period: '2026-Q2' }, h.deps(viewerOf('director'))));
    const row = card.kpis.find((k) => k.id === 'forecast_accuracy');
    expect(row?.forecast).toEqual({ amount: 2_400_000, frozen: [out.forecast] });
    const index = buildPortalIndex(data);
    const period = { kind: 'quarter' as const, year: 2026, index: 2 };
    const won = computeKpi('won_revenue', { data, index, settings: h.settings, calendar: calendarOf(h.settings, data), period, now: AS_OF, subject: departmentOf(data, index), manualScores: null, frozenForecasts: null }).actual as number;
    expect(row?.status).toBe('ok');
    expect(row?.actual).toBeCloseTo(Math.max(0, 1 - Math.abs(won - 2_400_000) / won), 10);
  });

  it('never moves a forecast already frozen: the earlier one is answered back', async () => {
    const first = dataOf(await enterForecast({ subjectKind: 'team', subjectId: EAST_TEAM_ID, period: '2026-Q1', amount: 500_000 }, h.deps(viewerOf('admin'))));
    const again = dataOf(await enterForecast({ subjectKind: 'team', subjectId: EAST_TEAM_ID, period: '2026-Q1', amount: 900_000 }, h.deps(viewerOf('admin'), h.port, AS_OF + 60_000)));
    expect(again).toEqual({ entered: false, forecast: first.forecast });
  });

  it('refuses managers and reps like a settings write, and unknown subjects, negative amounts and bad periods by field', async () => {
    expect(errorOf(await enterForecast({ subjectKind: 'owner', subjectId: PEOPLE.eastRep.ownerId, period: '2026-Q2', amount: 1 }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
    expect(errorOf(await enterForecast({ subjectKind: 'owner', subjectId: '999999', period: '2026-Q2', amount: 1 }, h.deps(viewerOf('admin'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'subjectId', message: 'unknown' }] });
    expect(errorOf(await enterForecast({ subjectKind: 'owner', subjectId: PEOPLE.eastRep.ownerId, period: '2026-Q2', amount: -5 }, h.deps(viewerOf('admin')))).code).toBe('invalid');
    expect(errorOf(await enterForecast({ subjectKind: 'owner', subjectId: PEOPLE.eastRep.ownerId, period: 'soon', amount: 5 }, h.deps(viewerOf('admin')))).code).toBe('invalid');
    expect(errorOf(await enterForecast({ subjectKind: 'team', period: '2026-Q2', amount: 5 }, h.deps(viewerOf('admin'))))).toMatchObject({ fields: [{ field: 'subjectId', message: 'required' }] });
  });
});

describe('freezeForecasts and the list', () => {
  it('the system runner freezes the running periods once; the settings page lists them, newest first', async () => {
    const firstOfDecember = Date.parse('2026-11-30T23:00:00Z');
    const run = dataOf(await freezeForecasts({}, h.deps(systemRunner(PORTAL_ID, 'test'), h.port, firstOfDecember)));
    expect(run.frozen).toBeGreaterThan(0);
    const rerun = dataOf(await freezeForecasts({}, h.deps(systemRunner(PORTAL_ID, 'test'), h.port, firstOfDecember + 3_600_000)));
    expect(rerun).toMatchObject({ frozen: 0, alreadyFrozen: run.frozen });
    const listed = dataOf(await frozenForecasts({}, h.deps(viewerOf('director')))).forecasts;
    expect(listed.filter((f) => f.period === '2026-12')).toHaveLength(run.frozen);
    expect(listed[0]?.frozenAt).toBeGreaterThanOrEqual(listed[listed.length - 1]?.frozenAt ?? 0);
    expect(errorOf(await freezeForecasts({}, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
    expect(errorOf(await frozenForecasts({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
  });
});
