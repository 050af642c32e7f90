import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCacheFile, loadOrGenerateDemoSnapshot } from '../../src/preview/demoSnapshotCache';

describe('loadOrGenerateDemoSnapshot', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const day = (d: number) => Date.UTC(2026, 10, d);

  it('generates on the first run and reads the same portal back on the next', () => {
    const first = loadOrGenerateDemoSnapshot({ deals: 50, seed: 7, asOf: day(20), cacheDir: dir });
    expect(first.generated).toBe(true);
    expect(first.snapshot.deals).toHaveLength(50);
    const second = loadOrGenerateDemoSnapshot({ deals: 50, seed: 7, asOf: day(20), cacheDir: dir });
    expect(second.generated).toBe(false);
    expect(second.snapshot).toEqual(JSON.parse(JSON.stringify(first.snapshot)));
    expect(readdirSync(dir)).toEqual([demoCacheFile({ deals: 50, seed: 7, asOf: day(20) })]);
  });

  it('makes a fresh portal on a new day and removes the stale one, leaving other files alone', () => {
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    loadOrGenerateDemoSnapshot({ deals: 20, seed: 1, asOf: day(20), cacheDir: dir });
    const next = loadOrGenerateDemoSnapshot({ deals: 20, seed: 1, asOf: day(21), cacheDir: dir });
    expect(next.generated).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([demoCacheFile({ deals: 20, seed: 1, asOf: day(21) }), 'notes.txt'].sort());
    expect(existsSync(`${next.path}.partial`)).toBe(false);
  });
});
