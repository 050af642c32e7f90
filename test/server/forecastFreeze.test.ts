import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackend } from '../../src/server/startBackend';
import { PORTAL_ID, SECRET, demoSnapshot } from './backendHarness';

const dirs: string[] = [];
const dbPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-freeze-'));
  dirs.push(dir);
  return join(dir, 'data', 'kpi.sqlite');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** 07:00 on 1 October 2026 in the demo portal's zone (Asia/Shanghai): the first scheduled tick of Q4 and of October. */
const FIRST_TICK_OF_Q4 = Date.parse('2026-09-30T23:00:00Z');

describe('the forecast freeze on the backend’s schedule', () => {
  it('freezes every seller’s, team’s and the department’s forecast on the first tick of the quarter, and a later run changes nothing', async () => {
    const lines: string[] = [];
    const logger = { info: (m: string) => void lines.push(m), error: (m: string) => void lines.push(`ERROR ${m}`) };
    // The clock stands just before the tick while the backend starts, then runs, so the real
    // timer of the daily schedule fires the tick.
    let releasedAt: number | null = null;
    let offset = FIRST_TICK_OF_Q4 - 300;
    const now = () => offset + (releasedAt === null ? 0 : Date.now() - releasedAt);
    const backend = await startBackend({ env: { HUBSPOT_CLIENT_SECRET: SECRET, KPI_DB_PATH: dbPath() }, port: 0, snapshot: demoSnapshot(200), now, logger });
    try {
      await backend.schedule.ready;
      releasedAt = Date.now();
      expect(Math.abs((backend.schedule.nextAt() ?? 0) - FIRST_TICK_OF_Q4)).toBeLessThan(1_000);
      for (let waited = 0; !lines.some((l) => l.startsWith('alert scan') || l.startsWith('ERROR')) && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lines.filter((l) => l.startsWith('ERROR'))).toEqual([]);
      const frozen = await backend.services.store.forecasts.list(PORTAL_ID);
      const quarter = frozen.filter((f) => f.period === '2026-Q4');
      const month = frozen.filter((f) => f.period === '2026-10');
      expect(quarter.map((f) => f.subjectKind)).toEqual(expect.arrayContaining(['owner', 'team', 'portal']));
      expect(quarter.every((f) => f.source === 'weighted_pipeline' && f.frozenAt >= FIRST_TICK_OF_Q4 && f.frozenAt < FIRST_TICK_OF_Q4 + 60_000)).toBe(true);
      expect(month).toHaveLength(quarter.length);
      // The year began in January: too long ago for a forecast taken now to be its start's.
      expect(frozen.filter((f) => f.period === '2026')).toEqual([]);
      expect(lines[0]).toBe(`forecast freeze: froze ${quarter.length + month.length}, already frozen 0, skipped 1`);

      offset += 86_400_000;
      await backend.scheduledScan();
      expect(await backend.services.store.forecasts.list(PORTAL_ID)).toEqual(frozen);
      expect(lines.filter((l) => l.startsWith('forecast freeze:'))[1]).toBe(`forecast freeze: froze 0, already frozen ${quarter.length + month.length}, skipped 1`);
    } finally {
      await backend.close();
    }
  });
});
