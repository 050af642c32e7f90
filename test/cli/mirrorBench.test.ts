import fc from 'fast-check';
import type { SurfaceRow } from '../../bench/mirror/benchSurfaces';
import type { SyncFigures } from '../../bench/mirror/benchSync';
import type { MirrorBenchResult } from '../../bench/mirror/mirrorBenchSize';
import { liveCallsFor } from '../../bench/mirror/mirrorBenchSize';
import { mirrorBenchReport, surfaceTable, syncTable } from '../../bench/mirror/mirrorBenchTable';
import { surfaceMeetsTarget, syncVerdicts } from '../../bench/mirror/mirrorTargets';
import { percentile } from '../../bench/mirror/percentile';
import { expectOneLineError, kpi } from './cliFixture';

const row = (over: Partial<SurfaceRow>): SurfaceRow => ({ surface: 'director scorecard, this quarter', mode: 'mirror', calls: 20, requests: 0, searches: 0, p50Ms: 40, p95Ms: 90, firstMs: 300, failures: [], ...over });
const step = { requests: 2, searches: 2, rateLimited: 0, ms: 700 };
const sync: SyncFigures = {
  naiveRead: { ...step, requests: 500, searches: 500, ms: 116_000, deals: 100_000 },
  backfill: { ...step, requests: 520, searches: 510, ms: 117_300, floorMs: 102_000, deals: 100_000, state: 'ready' },
  firstRead: { ...step, requests: 0, searches: 0, ms: 2400 },
  idleCycle: step,
  changedCycle: { ...step, requests: 6, searches: 6, changed: 1000 },
  concurrent: { loads: 20, p50Ms: 300, p95Ms: 600, requests: 0, searches: 0, failures: [] },
};

describe('percentile', () => {
  it('answers a measured value with at least that share of the sample at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (sample, p) => {
        const value = percentile(sample, p);
        expect(sample).toContain(value);
        expect(sample.filter((v) => v <= value).length).toBeGreaterThanOrEqual(Math.ceil(p * sample.length));
      }),
    );
  });

  it('of 20 calls, p95 is the second slowest and p50 the tenth', () => {
    const sample = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(sample, 0.95)).toBe(19);
    expect(percentile(sample, 0.5)).toBe(10);
  });
});

describe('the mirror targets', () => {
  it('a fast mirror surface meets its target only with no search, no failure and within the p95', () => {
    expect(surfaceMeetsTarget(row({}), 1000)).toBe(true);
    expect(surfaceMeetsTarget(row({ p95Ms: 1001 }), 1000)).toBe(false);
    expect(surfaceMeetsTarget(row({ requests: 1, searches: 1 }), 1000)).toBe(false);
    expect(surfaceMeetsTarget(row({ failures: ['crm_unavailable'] }), 1000)).toBe(false);
    expect(surfaceMeetsTarget(row({ mode: 'live' }), 1000)).toBe(false);
  });

  it('counts the first call after a sync step too: fast repeats do not hide a slow first card', () => {
    expect(surfaceMeetsTarget(row({ firstMs: 1001 }), 1000)).toBe(false);
    expect(surfaceMeetsTarget(row({ firstMs: null }), 1000)).toBe(true);
  });

  it('the deal card may read its own deal (one request) and no more; a read that is no search is allowed elsewhere', () => {
    expect(surfaceMeetsTarget(row({ surface: 'deal card, warm', requests: 1 }), 1000)).toBe(true);
    expect(surfaceMeetsTarget(row({ surface: 'deal card, warm', requests: 1.1 }), 1000)).toBe(false);
    expect(surfaceMeetsTarget(row({ surface: 'alert scan, every team', requests: 1 }), 1000)).toBe(true);
  });

  it('judges the backfill against 1.3× its floor and the cycles by their requests', () => {
    expect(syncVerdicts(sync)).toEqual({ backfill: true, idleCycle: true, changedCycle: true, concurrent: true });
    expect(syncVerdicts({ ...sync, backfill: { ...sync.backfill, ms: 102_000 * 1.31 } }).backfill).toBe(false);
    expect(syncVerdicts({ ...sync, idleCycle: { ...step, requests: 4 } }).idleCycle).toBe(false);
    expect(syncVerdicts({ ...sync, changedCycle: { ...sync.changedCycle, requests: 11 } }).changedCycle).toBe(false);
    expect(syncVerdicts({ ...sync, concurrent: { ...sync.concurrent, p95Ms: 1501 } }).concurrent).toBe(false);
  });

  it('runs fewer live calls where one live call takes minutes', () => {
    expect(liveCallsFor(1000)).toBeGreaterThan(1);
    expect(liveCallsFor(100_000)).toBeLessThan(liveCallsFor(10_000));
  });
});

describe('the mirror table', () => {
  const result = (deals: number): MirrorBenchResult => ({
    deals,
    latencyMs: 120,
    limits: true,
    sync,
    surfaces: [row({ mode: 'live', calls: 1, requests: 551, searches: 551, p50Ms: 173_000, p95Ms: 173_000 }), row({ p95Ms: 1200 })],
  });

  it('puts live beside mirror with the ratio, the naive read, and a miss at 100k as NO', () => {
    const lines = surfaceTable(result(100_000)).split('\n');
    expect(lines[2]).toMatch(/^director scorecard, this quarter\s+1\s+551\s+173,000\s+173,000\s+20\s+0\s+300\s+40\s+1,200\s+144×\s+NO$/);
    expect(lines[3]).toMatch(/^naive read of the whole portal \(live\)\s+1\s+500\s+116,000/);
    expect(surfaceTable(result(10_000)).split('\n')[2]).not.toMatch(/NO|yes/);
  });

  it('shows the backfill against its floor and every cycle with its target', () => {
    const table = syncTable(result(100_000));
    expect(table).toMatch(/backfill \(first start\)\s+520 \(510 search, 0 × 429\)\s+117\.3 s; floor 102\.0 s = 1\.15×\s+≤ 1\.3× floor\s+yes/);
    expect(table).toMatch(/cycle after 1,000 changed deals\s+6\s+0\.7 s\s+≤ 10 requests\s+yes/);
  });

  it('names the machine and the date above the tables', () => {
    const report = mirrorBenchReport({ cpus: 2, memoryGb: 24, node: '20.20.2', date: '2026-12-01T10:00:00.000Z' }, [result(1000)], null);
    expect(report.split('\n')[0]).toBe('machine: 2 CPUs, 24 GB memory, Node 20.20.2; measured 2026-12-01T10:00:00.000Z; wall clock, so other load on the machine inflates it');
    expect(report).toMatch(/1,000 deals — emulator with HubSpot's limits on \(real time\), 120 ms latency per request/);
  });
});

describe('kpi bench --surfaces', () => {
  it('refuses sizes, latency and live calls that are not whole numbers, before starting anything', async () => {
    expectOneLineError(await kpi(['bench', '--surfaces', '10k']), /--surfaces: "10k" is not a whole number/);
    expectOneLineError(await kpi(['bench', '--surfaces', '1000', '--latency-ms', 'fast']), /--latency-ms: "fast" is not a whole number/);
    expectOneLineError(await kpi(['bench', '--surfaces', '1000', '--live-calls', '0']), /--live-calls: "0" is not a whole number ≥ 1/);
  });
});
