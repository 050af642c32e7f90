import { AS_OF, cliFixture, expectOneLineError, kpi } from './cliFixture';
import { computeAll, dealsEnteringIn } from '../../bench/benchCompute';
import { benchSize } from '../../bench/benchSize';
import { benchTable, meetsTarget } from '../../bench/benchTable';
import { mirrorBench, mirrorBenchTable } from '../../bench/mirrorBench';
import { TEST_DATABASE_URL } from '../store/pgTestDb';
import { parseSizes, runBench } from '../../src/cli/commands/bench';
import { memoryIo } from '../../src/cli/cliIo';
import { funnelAlerts } from '../../src/funnel/funnelAlerts';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { periodBounds, periodContaining, shiftPeriod } from '../../src/domain/period';
import type { Period } from '../../src/domain/period';

const fx = cliFixture(2500);
const calendar = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };
const clock = { now: () => performance.now(), cpu: () => process.cpuUsage().user / 1000 };

describe('bench compute', () => {
  it('gives the same funnels from the deals entering the period as from all deals', () => {
    const settings = demoSettings();
    const groups = fx.data.teams.map((t) => ({ kind: 'team' as const, id: t.id, ownerIds: t.memberOwnerIds }));
    const periods: Period[] = [];
    for (let q = periodContaining('quarter', AS_OF, calendar), k = 0; k < 9; k++, q = shiftPeriod(q, -1)) periods.push(q);
    periods.push(periodContaining('month', AS_OF, calendar), { kind: 'year', year: 2025, index: 1 });
    for (const period of periods) {
      const bounds = periodBounds(period, calendar);
      const few = dealsEnteringIn(fx.data, fx.index, bounds);
      expect(few.length).toBeLessThan(fx.data.deals.length);
      for (const pipeline of fx.data.pipelines) {
        const base = { pipeline, bounds, now: AS_OF, funnel: settings.funnel, groups };
        expect(funnelAlerts({ ...base, deals: few })).toEqual(funnelAlerts({ ...base, deals: fx.data.deals }));
      }
    }
  });

  it('computes a funnel per pipeline for every team and owner, and every owner’s scorecard', () => {
    const counts = computeAll(fx.data, fx.index, demoSettings(), periodContaining('quarter', AS_OF, calendar), AS_OF);
    const groups = fx.data.teams.length + fx.data.owners.length;
    expect(counts.funnels).toBe(fx.data.pipelines.length * groups);
    expect(counts.scorecards).toBe(fx.data.owners.length);
    expect(counts.graded).toBeGreaterThanOrEqual(15);
    expect(counts.alerts).toBeGreaterThan(0);
  });
});

describe('benchSize and the table', () => {
  it('measures every phase of one size and reports peak memory as given', () => {
    const row = benchSize(1200, AS_OF, clock, () => 321);
    expect(row.deals).toBe(1200);
    for (const ms of [row.generateMs, row.validateMs, row.parseMs, row.indexMs, row.computeMs, row.explainMs, row.segmentsMs]) expect(ms).toBeGreaterThanOrEqual(0);
    expect(row.peakRssMb).toBe(321);
    expect(row.counts.funnels).toBe(2 * (3 + 19));
    const table = benchTable([row, { ...row, deals: 1_000_000, computeMs: 2500 }]).split('\n');
    expect(table[0]).toMatch(/^\s*deals\s+validate ms\s+parse ms\s+index ms\s+compute ms\s+compute cpu ms\s+drill-down ms\s+segments ms\s+peak RSS MB/);
    expect(table[2]).toMatch(/^\s+1,200\s/);
    expect(table[3]).toMatch(/^1,000,000\s.*\sNO$/);
    expect(meetsTarget({ ...row, computeMs: 1999, peakRssMb: 1535 })).toBe(true);
    expect(meetsTarget({ ...row, computeMs: 1999, peakRssMb: 1536 })).toBe(false);
  });

  it('runs each requested size and prints one row per size', () => {
    const io = memoryIo();
    const sizes: number[] = [];
    runBench({ sizes: '300,600', asOf: '2026-11-16T00:00:00Z' }, io, (deals, asOf) => {
      sizes.push(deals);
      return benchSize(deals, asOf, clock, () => 1);
    });
    expect(sizes).toEqual([300, 600]);
    expect(io.stdout.join('\n').split('\n').filter((l) => /^\s+\d{3}\s/.test(l))).toHaveLength(2);
  });

  it('times the mirror on SQLite, and on PostgreSQL when a database is given, after storing every deal', async () => {
    const rows = await mirrorBench([400], TEST_DATABASE_URL);
    expect(rows.map((r) => [r.store, r.deals])).toEqual([['sqlite', 400], ...(TEST_DATABASE_URL === undefined ? [] : [['postgres', 400]])]);
    for (const r of rows) for (const ms of [r.backfillMs, r.loadMs, r.dealIdsMs, r.dealCountMs, r.stepMs]) expect(ms).toBeGreaterThan(0);
    const table = mirrorBenchTable(rows, false).split('\n');
    expect(table[0]).toMatch(/^store\s+deals\s+backfill s\s+load ms\s+dealIds ms\s+dealCount ms\s+step ms$/);
    expect(table[2]).toMatch(/^sqlite\s+400\s/);
    expect(table.at(-1)).toMatch(/PostgreSQL not measured: set KPI_BENCH_DATABASE_URL/);
  });

  it('runs the mirror bench instead when asked, at the sizes given', () => {
    const io = memoryIo();
    const asked: number[][] = [];
    runBench({ sizes: '300', asOf: '2026-11-16T00:00:00Z', mirror: '1000,2000' }, io, () => {
      throw new Error('the compute bench must not run');
    }, undefined, (sizes) => {
      asked.push([...sizes]);
      return 'mirror table';
    });
    expect(asked).toEqual([[1000, 2000]]);
    expect(io.stdout).toEqual(['mirror table']);
  });

  it('refuses sizes that are not positive whole numbers', async () => {
    expect(parseSizes('10000, 100000')).toEqual([10000, 100000]);
    expectOneLineError(await kpi(['bench', '--sizes', '10k']), /--sizes: "10k" is not a whole number/);
    expectOneLineError(await kpi(['bench', '--sizes', '0']), /--sizes: "0" is not a whole number ≥ 1/);
  });
});
