import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { AS_OF_ISO, cliFixture } from './cliFixture';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { periodBounds } from '../../src/domain/period';

const ROOT = resolve(__dirname, '../..');
const fx = cliFixture(1500);

function kpiBin(...argv: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/kpi.cjs'), ...argv], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/kpi.cjs end to end', () => {
  it('writes a demo snapshot and answers a funnel query on it with the engine’s numbers', () => {
    const out = join(fx.dir, 'e2e.json');
    const made = kpiBin('demo-snapshot', '--deals', '1500', '--seed', '5', '--as-of', AS_OF_ISO, '--out', out);
    expect(made.code).toBe(0);
    const r = kpiBin('funnel', '--snapshot', out, '--pipeline', 'default', '--period', '2026-Q3', '--as-of', AS_OF_ISO, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const pipeline = fx.index.pipelinesById.get('default');
    if (!pipeline) throw new Error('no default pipeline');
    const bounds = periodBounds({ kind: 'quarter', year: 2026, index: 3 }, { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 });
    const expected = funnelConversion({ pipeline, deals: fx.data.deals, bounds, now: Date.parse(AS_OF_ISO), funnel: defaultSettings().funnel });
    expect(JSON.parse(r.stdout)).toEqual({ pipeline: 'default', period: '2026-Q3', pairs: expected, complete: true, dataIssues: [] });
  });

  it('exits 1 with one line and no stack for a bad request', () => {
    const r = kpiBin('scorecard', '--snapshot', fx.snapshotPath, '--owner', 'nobody', '--period', '2026-Q3', '--as-of', AS_OF_ISO);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kpi: unknown owner "nobody"; owners: \d+ \([^)]+\)(, \d+ \([^)]+\))*\n$/);
  });

  it('runs the bench for a small size in a child process', () => {
    const r = kpiBin('bench', '--sizes', '800', '--json');
    expect(r.code).toBe(0);
    const [row] = JSON.parse(r.stdout);
    expect(row.deals).toBe(800);
    expect(row.peakRssMb).toBeGreaterThan(30);
    expect(row.counts.scorecards).toBe(19);
  });
});
