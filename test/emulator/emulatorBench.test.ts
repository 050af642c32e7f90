import { EMULATOR_BENCH_AS_OF, emulatorBench, emulatorBenchTable } from '../../bench/emulatorBench';
import { memoryIo } from '../../src/cli/cliIo';
import { EMULATOR_BENCH_DEALS, runBench } from '../../src/cli/commands/bench';

/** Counts only: the bench's timings depend on the machine and are never asserted. */
describe('the emulator bench', () => {
  it('runs every loader against a seeded demo portal and counts what each returned', async () => {
    let tick = 0;
    const rows = await emulatorBench(1500, EMULATOR_BENCH_AS_OF, () => (tick += 1), false);
    expect(rows[0]).toMatchObject({ step: 'seed the emulator', deals: 1500, requests: 0, againMs: null });
    const byStep = new Map(rows.map((r) => [r.step.split(' (')[0]!.split(',')[0]!, r]));
    expect(byStep.get('every deal')).toMatchObject({ deals: 1500, requests: 8 });
    expect(byStep.get('department scorecard')!.deals).toBe(1500);
    const rep = byStep.get('rep scorecard')!;
    const team = byStep.get('team scorecard')!;
    expect(rep.deals).toBeGreaterThan(0);
    expect(team.deals).toBeGreaterThan(rep.deals);
    const paged = byStep.get('one search page')!;
    expect(paged.deals).toBeGreaterThan(200);
    expect(paged.againMs).not.toBeNull();
    for (const row of rows.slice(2)) {
      expect(row.requests).toBeGreaterThan(0);
      expect(row.firstMs).toBeGreaterThan(0);
    }
    const table = emulatorBenchTable(1500, rows);
    expect(table).toContain('1,500 demo deals');
    expect(table.split('\n')).toHaveLength(rows.length + 3);
  });

  it('is what `kpi bench --emulator [deals]` runs, 100,000 deals unless told', () => {
    const calls: [number, number, boolean][] = [];
    const runner = (deals: number, asOf: number, json: boolean) => {
      calls.push([deals, asOf, json]);
      return `ran ${deals}`;
    };
    const io = memoryIo();
    const noSizes = () => {
      throw new Error('the per-size bench must not run');
    };
    runBench({ sizes: '10', asOf: '2026-11-16T00:00:00Z', emulator: true }, io, noSizes, runner);
    runBench({ sizes: '10', asOf: '2026-11-16T00:00:00Z', emulator: '20000', json: true }, io, noSizes, runner);
    expect(calls).toEqual([
      [EMULATOR_BENCH_DEALS, EMULATOR_BENCH_AS_OF, false],
      [20_000, EMULATOR_BENCH_AS_OF, true],
    ]);
    expect(io.stdout).toEqual(['ran 100000', 'ran 20000']);
  });
});
