import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, AS_OF_ISO, cliFixture, expectOneLineError, kpi } from './cliFixture';
import { evaluateScorecard } from '../../src/scorecard/evaluateScorecard';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { demoManagerOwnerId, LEAKY_TEAM_ID } from '../../src/emulator/demo/demoRoster';
import { parsePeriod } from '../../src/domain/period';
import type { Settings } from '../../src/settings/settingsSchema';
import type { ManualScore } from '../../src/domain/portal';

const fx = cliFixture();
const REP = '71000011';
const LEAKY_MANAGER = demoManagerOwnerId(1);
const args = (owner: string, ...more: string[]) => ['scorecard', '--snapshot', fx.snapshotPath, '--owner', owner, '--period', '2026-Q3', '--as-of', AS_OF_ISO, ...more];

function engine(ownerId: string, settings: Settings, manualScores: ManualScore[] | null = null) {
  const period = parsePeriod('2026-Q3');
  if (!period.ok) throw new Error(period.error);
  const r = evaluateScorecard({ data: fx.data, index: fx.index, settings, ownerId, period: period.value, now: AS_OF, manualScores, frozenForecasts: null });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('kpi scorecard --json', () => {
  it('prints the engine’s scorecard of a rep in the documented shape', async () => {
    const r = await kpi(args(REP, '--json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['owner', 'role', 'period', 'kpis', 'elapsedShare', 'total', 'grade', 'flags', 'complete', 'provisional', 'withheldFlags', 'dataIssues', 'eligible', 'history']);
    expect(Object.keys(out.kpis[0])).toEqual(['id', 'status', 'actual', 'target', 'score', 'weight', 'configuredWeight', 'complete', 'dataIssues', 'worstPair', 'forecast', 'pace', 'reason']);
    expect(out).toMatchObject({ complete: true, provisional: false, dataIssues: [] });
    const expected = engine(REP, defaultSettings());
    expect(out).toMatchObject({ owner: REP, role: 'rep', period: '2026-Q3', total: expected.total, grade: expected.grade, flags: expected.flags });
    expect(out.kpis).toEqual(expected.kpis);
    expect(out.history).toEqual(expected.history);
  });

  it('says why a KPI has no value, and names the owners there are when asked for one there is not', async () => {
    const out = JSON.parse((await kpi(args(REP, '--json'))).stdout);
    expect(out.kpis.find((k: { id: string }) => k.id === 'manual:csat').reason).toMatch(/manual scores/);
    const unknown = await kpi(args('999', '--json'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(new RegExp(`unknown owner "999"; owners: .*${REP} \\(`));
  });

  it('keeps unknown KPIs null with no weight, never 0', async () => {
    const out = JSON.parse((await kpi(args(REP, '--json'))).stdout);
    const csat = out.kpis.find((k: { id: string }) => k.id === 'manual:csat');
    expect(csat).toMatchObject({ status: 'not_configured', actual: null, score: null, weight: 0 });
  });

  it('judges a manager by the manager template when the settings name them', async () => {
    const out = JSON.parse((await kpi(args(LEAKY_MANAGER, '--settings', fx.settingsPath, '--json'))).stdout);
    expect(out.role).toBe('manager');
    expect(out.total).toBe(engine(LEAKY_MANAGER, demoSettings()).total);
    const attainment = out.kpis.find((k: { id: string }) => k.id === 'team_attainment');
    expect(attainment.status).toBe('ok');
    expect(fx.index.teamsById.get(LEAKY_TEAM_ID)?.memberOwnerIds).toContain(LEAKY_MANAGER);
  });

  it('lets --role override the settings', async () => {
    const out = JSON.parse((await kpi(args(LEAKY_MANAGER, '--role', 'rep', '--json'))).stdout);
    expect(out.role).toBe('rep');
    expect(out.kpis.map((k: { id: string }) => k.id)).toEqual(defaultSettings().roles.rep.kpis.map((k) => k.kpi));
  });

  it('reads manual scores from --manual-scores', async () => {
    const scores: ManualScore[] = [{ ownerId: REP, key: 'csat', period: '2026-Q3', score: 92 }];
    const path = join(fx.dir, 'manual.json');
    writeFileSync(path, JSON.stringify(scores));
    const out = JSON.parse((await kpi(args(REP, '--manual-scores', path, '--json'))).stdout);
    const csat = out.kpis.find((k: { id: string }) => k.id === 'manual:csat');
    expect(csat.status).toBe('ok');
    expect(out.total).toBe(engine(REP, defaultSettings(), scores).total);
  });
});

describe('kpi scorecard on a snapshot with an unreadable amount', () => {
  /** The snapshot with one of the rep's deals won in 2026-Q3 carrying amount "abc". */
  function badSnapshot(): { path: string; dealId: string } {
    const snapshot = JSON.parse(readFileSync(fx.snapshotPath, 'utf8')) as { deals: { id: string; properties: Record<string, string> }[] };
    const deal = snapshot.deals.find((d) => d.properties.hubspot_owner_id === REP && d.properties.hs_is_closed_won === 'true' && (d.properties.closedate ?? '') >= '2026-07-01' && (d.properties.closedate ?? '') < '2026-10-01');
    if (deal === undefined) throw new Error('the demo rep won nothing in 2026-Q3');
    deal.properties.amount = 'abc';
    delete deal.properties.amount_in_home_currency;
    const path = join(fx.dir, 'bad-amount.json');
    writeFileSync(path, JSON.stringify(snapshot));
    return { path, dealId: deal.id };
  }

  it('marks revenue incomplete and the total provisional, naming the deal, with no flag', async () => {
    const { path, dealId } = badSnapshot();
    const r = await kpi(['scorecard', '--snapshot', path, '--owner', REP, '--period', '2026-Q3', '--as-of', AS_OF_ISO, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ complete: false, provisional: true, flags: [] });
    expect(out.dataIssues).toEqual([expect.objectContaining({ recordId: dealId, field: 'amount', kind: 'amount_not_a_number' })]);
    const attainment = out.kpis.find((k: { id: string }) => k.id === 'revenue_attainment');
    expect(attainment).toMatchObject({ status: 'ok', complete: false });
    expect(out.kpis.find((k: { id: string }) => k.id === 'win_rate')).toMatchObject({ complete: true, dataIssues: [] });
  });
});

describe('kpi scorecard (table)', () => {
  it('shows KPI names, percentages for ratios, the grade and why a KPI has no value', async () => {
    const r = await kpi(args(REP));
    expect(r.code).toBe(0);
    const expected = engine(REP, defaultSettings());
    expect(r.stdout).toMatch(/^Scorecard .+ \(71000011\), rep, 2026-Q3\n/);
    expect(r.stdout).toMatch(/\nRevenue attainment +\d+\.\d% +100\.0% /);
    expect(r.stdout).toMatch(/\nCustomer satisfaction +— +80 +— +10 → 0\.0 +not_configured: /);
    expect(r.stdout).toContain(`Total ${expected.total?.toFixed(1)}, grade ${expected.grade}`);
  });
});

describe('kpi scorecard errors: exit 1 and one line', () => {
  it('refuses an unknown owner', async () => {
    expectOneLineError(await kpi(args('424242', '--json')), /unknown owner "424242"/);
  });

  it('refuses a role that is not one of the templates', async () => {
    expectOneLineError(await kpi(args(REP, '--role', 'ceo')), /--role <role>.*ceo.*Allowed choices are rep, manager, director/);
  });

  it('prints every field error of an invalid settings file on the one line', async () => {
    const bad = demoSettings();
    bad.roles.rep.kpis[0] = { ...bad.roles.rep.kpis[0]!, weight: 41 };
    bad.funnel.thresholds = [{ pipelineId: 'nope', fromStageId: 'a', toStageId: 'b', minRate: 0.3 }];
    const path = join(fx.dir, 'bad-settings.json');
    writeFileSync(path, JSON.stringify(bad));
    const r = await kpi(args(REP, '--settings', path));
    expectOneLineError(r, /settings .*bad-settings\.json is invalid: /);
    expect(r.stderr).toMatch(/roles\.rep\.kpis[^;]*: [^;]+; .*funnel\.thresholds\.0/);
  });

  it('refuses manual scores out of range', async () => {
    const path = join(fx.dir, 'bad-manual.json');
    writeFileSync(path, JSON.stringify([{ ownerId: REP, key: 'csat', period: '2026-Q3', score: 140 }]));
    expectOneLineError(await kpi(args(REP, '--manual-scores', path)), /invalid manual scores .*: 0\.score: /);
  });
});
