import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, AS_OF_ISO, cliFixture, expectOneLineError, kpi } from './cliFixture';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { dealsOfOwners } from '../../src/kpi/portalIndex';
import { parsePeriod, periodBounds } from '../../src/domain/period';
import { LEAKY_TEAM_ID } from '../../src/emulator/demo/demoRoster';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';

const fx = cliFixture();
const q3 = parsePeriod('2026-Q3');
if (!q3.ok) throw new Error(q3.error);
const bounds = periodBounds(q3.value, { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 });
const base = ['funnel', '--snapshot', fx.snapshotPath, '--pipeline', 'default', '--period', '2026-Q3', '--as-of', AS_OF_ISO];

function engine(deals: Parameters<typeof funnelConversion>[0]['deals']) {
  const pipeline = fx.index.pipelinesById.get('default');
  if (!pipeline) throw new Error('no default pipeline');
  return funnelConversion({ pipeline, deals, bounds, now: AS_OF, funnel: defaultSettings().funnel });
}

describe('kpi funnel --json on deals it cannot read', () => {
  it('leaves a deal with stage times out of order out of every cohort and names it', async () => {
    const snapshot = JSON.parse(readFileSync(fx.snapshotPath, 'utf8')) as { deals: { id: string; properties: Record<string, string> }[] };
    const deal = snapshot.deals.find((d) => {
      const p = d.properties;
      const lead = p.hs_v2_date_entered_appointmentscheduled ?? '';
      return p.pipeline === 'default' && p.hs_v2_date_entered_qualifiedtobuy !== undefined && lead >= '2026-07-05' && lead < '2026-09-01';
    });
    if (deal === undefined) throw new Error('no deal entered the default pipeline in 2026-Q3');
    deal.properties.hs_v2_date_entered_appointmentscheduled = '2026-09-20T00:00:00.000Z';
    deal.properties.hs_v2_date_entered_qualifiedtobuy = '2026-07-02T00:00:00.000Z';
    const path = join(fx.dir, 'out-of-order.json');
    writeFileSync(path, JSON.stringify(snapshot));
    const out = JSON.parse((await kpi(['funnel', '--snapshot', path, '--pipeline', 'default', '--period', '2026-Q3', '--as-of', AS_OF_ISO, '--json'])).stdout);
    expect(out.complete).toBe(false);
    expect(out.dataIssues).toEqual([expect.objectContaining({ recordId: deal.id, field: 'hs_v2_date_entered_qualifiedtobuy', kind: 'stage_times_out_of_order' })]);
    expect(out.pairs).toEqual(engine(fx.data.deals.filter((d) => d.id !== deal.id)));
  });
});

describe('kpi funnel --json', () => {
  it('prints the engine’s pairs for the whole portal, in the documented shape', async () => {
    const r = await kpi([...base, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['pipeline', 'period', 'pairs', 'complete', 'dataIssues']);
    expect([out.complete, out.dataIssues]).toEqual([true, []]);
    expect(out.pipeline).toBe('default');
    expect(out.period).toBe('2026-Q3');
    expect(Object.keys(out.pairs[0])).toEqual(['from', 'to', 'entered', 'converted', 'rate', 'ci', 'threshold', 'severity']);
    expect(out.pairs).toEqual(engine(fx.data.deals));
    expect(out.pairs.map((p: { from: string }) => p.from)).toEqual(['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent']);
  });

  it('shows the leaky team’s first pair under its 30% threshold with a real sample', async () => {
    const r = await kpi([...base, '--team', LEAKY_TEAM_ID, '--json']);
    const team = fx.index.teamsById.get(LEAKY_TEAM_ID);
    const out = JSON.parse(r.stdout);
    expect(out.pairs).toEqual(engine(dealsOfOwners(fx.index, team?.memberOwnerIds ?? [])));
    expect(out.pairs[0].entered).toBeGreaterThan(20);
    expect(out.pairs[0].rate).toBeLessThan(0.3);
    expect(['warning', 'critical']).toContain(out.pairs[0].severity);
  });

  it('scopes to one owner', async () => {
    const ownerId = fx.data.deals[0]?.ownerId ?? '';
    const out = JSON.parse((await kpi([...base, '--owner', ownerId, '--json'])).stdout);
    expect(out.pairs).toEqual(engine(fx.index.dealsByOwner.get(ownerId) ?? []));
  });

  it('reports rate and interval as null, not 0, when nothing entered', async () => {
    const out = JSON.parse((await kpi([...base.slice(0, 6), '2022-Q1', '--as-of', AS_OF_ISO, '--json'])).stdout);
    expect(out.pairs.every((p: { entered: number; rate: null; ci: null }) => p.entered === 0 && p.rate === null && p.ci === null)).toBe(true);
  });

  it('applies the thresholds of a --settings file', async () => {
    const settings = { ...defaultSettings(), funnel: { ...defaultSettings().funnel, defaultThresholds: { firstPair: 0.1, middlePairs: 0.5, lastToWon: 0.4 } } };
    const path = join(fx.dir, 'low-threshold.json');
    writeFileSync(path, JSON.stringify(settings));
    const out = JSON.parse((await kpi([...base, '--team', LEAKY_TEAM_ID, '--settings', path, '--json'])).stdout);
    expect(out.pairs[0].threshold).toBe(0.1);
  });
});

describe('kpi funnel (table)', () => {
  it('prints stage labels, percentages and severities in aligned columns', async () => {
    const r = await kpi([...base, '--team', LEAKY_TEAM_ID]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('South China');
    expect(lines[1]).toMatch(/^from\s+to\s+entered\s+converted\s+rate\s+95% CI\s+threshold\s+severity$/);
    expect(lines[3]).toMatch(/^Appointment scheduled\s+Qualified to buy\s+\d+\s+\d+\s+\d+\.\d%\s+\d+\.\d%–\d+\.\d%\s+30%\s+(warning|critical)$/);
    const severityColumn = lines[1]?.indexOf('severity');
    for (const line of lines.slice(3)) expect(line.search(/(ok|info|warning|critical)$/)).toBe(severityColumn);
    const enteredEnd = (lines[1]?.indexOf('entered') ?? 0) + 'entered'.length;
    for (const line of lines.slice(3)) expect(line[enteredEnd - 1]).toMatch(/\d/);
  });
});

describe('kpi funnel errors: exit 1 and one line', () => {
  it('names a missing file', async () => {
    expectOneLineError(await kpi(['funnel', '--snapshot', join(fx.dir, 'nope.json'), ...base.slice(3)]), /cannot read snapshot .*nope\.json: no such file/);
  });

  it('names unreadable JSON', async () => {
    const path = join(fx.dir, 'broken.json');
    writeFileSync(path, '{"portal": ');
    expectOneLineError(await kpi(['funnel', '--snapshot', path, ...base.slice(3)]), /broken\.json is not valid JSON/);
  });

  it('names the path and message of an invalid snapshot', async () => {
    const path = join(fx.dir, 'invalid.json');
    writeFileSync(path, JSON.stringify({ portal: { id: 1 }, owners: [], pipelines: [], deals: [{ id: 5, properties: {} }] }));
    expectOneLineError(await kpi(['funnel', '--snapshot', path, ...base.slice(3)]), /invalid snapshot .*invalid\.json: deals\.0\.id: /);
  });

  it('refuses unknown owners, teams and pipelines, bad periods and bad --as-of', async () => {
    expectOneLineError(await kpi([...base, '--owner', '999']), /unknown owner "999"/);
    expectOneLineError(await kpi([...base, '--team', '999']), /unknown team "999"/);
    expectOneLineError(await kpi([...base, '--owner', '71000011', '--team', LEAKY_TEAM_ID]), /not both/);
    expectOneLineError(await kpi(['funnel', '--snapshot', fx.snapshotPath, '--pipeline', 'sales', '--period', '2026-Q3', '--as-of', AS_OF_ISO]), /unknown pipeline "sales"; pipelines: default, 75915427/);
    expectOneLineError(await kpi([...base.slice(0, 6), '2026-Q5', '--as-of', AS_OF_ISO]), /--period: "2026-Q5" is not a period/);
    expectOneLineError(await kpi([...base.slice(0, 8), 'yesterday']), /--as-of: "yesterday" is not a date/);
  });

  it('refuses a missing required option the same way', async () => {
    expectOneLineError(await kpi(base.slice(0, 7)), /required option '--as-of <iso>' not specified/);
  });
});

describe('kpi funnel data warnings', () => {
  it('warns about unreadable values on stderr and still answers', async () => {
    const snapshot = generateDemoSnapshot({ deals: 200, seed: 2, asOf: AS_OF });
    for (const deal of snapshot.deals.slice(0, 5)) deal.properties.amount = 'about 5k';
    const path = join(fx.dir, 'dirty.json');
    writeFileSync(path, JSON.stringify(snapshot));
    const r = await kpi(['funnel', '--snapshot', path, ...base.slice(3), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).pipeline).toBe('default');
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^kpi: warning: 5 unreadable values in .*dirty\.json, read as unknown: deal \d+ amount: "about 5k" is not a number; .*; … 2 more$/);
  });
});
