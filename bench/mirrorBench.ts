/**
 * The portal mirror's queries on SQLite and on PostgreSQL, per portal size:
 *
 *   npx tsx bench/mirrorBench.ts [sizes=100000,1000000] [--json]
 *   kpi bench --mirror [sizes]
 *
 * PostgreSQL is the database of KPI_BENCH_DATABASE_URL (else KPI_TEST_DATABASE_URL), in a
 * schema made for the run and dropped after it; without either, only SQLite is measured. Each
 * size: the backfill as the sync writes it (pages of 200 deals, each page one transaction with
 * its cursor), the cold start of a backend (load the whole mirror), the reconcile's id list and
 * count, and one incremental step (200 re-read deals merged, 10 removed). The clock is read
 * here and nowhere in src/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { formatTable } from '../src/cli/formatTable';
import type { CrmObject } from '../src/domain/snapshot';
import { generateDemoSnapshot } from '../src/emulator/demo/generateDemoSnapshot';
import type { KpiStore } from '../src/store/kpiStore';
import { EMPTY_CURSOR, type SyncCursor } from '../src/store/mirrorStore';
import { openPgStore } from '../src/store/pgStore';
import { openSqliteStore } from '../src/store/sqliteStore';

const AS_OF = Date.parse('2026-11-16T00:00:00Z');
const PAGE = 200;

export interface MirrorBenchRow {
  store: 'sqlite' | 'postgres';
  deals: number;
  backfillMs: number;
  loadMs: number;
  dealIdsMs: number;
  dealCountMs: number;
  stepMs: number;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const cursorAfter = (id: string | null, total: number): SyncCursor => ({ ...EMPTY_CURSOR, backfillAfterId: id, backfillTotal: total, dealProperties: ['amount', 'dealstage'] });

async function benchStore(kind: MirrorBenchRow['store'], store: KpiStore, portalId: number, deals: CrmObject[]): Promise<MirrorBenchRow> {
  const mirror = store.mirror;
  const backfillMs = await timed(async () => {
    for (let i = 0; i < deals.length; i += PAGE) {
      const page = deals.slice(i, i + PAGE);
      await mirror.applyDeals(portalId, { upserts: page, removals: [], cursor: cursorAfter(page.at(-1)?.id ?? null, deals.length) });
    }
  });
  let loaded = 0;
  const loadMs = await timed(async () => void (loaded = (await mirror.load(portalId)).deals.length));
  if (loaded !== deals.length) throw new Error(`${kind} loaded ${loaded} of ${deals.length} deals`);
  const dealIdsMs = await timed(() => mirror.dealIds(portalId));
  const dealCountMs = await timed(() => mirror.dealCount(portalId));
  const reread = deals.slice(0, PAGE).map((d) => ({ id: d.id, properties: { amount: '1234', hs_lastmodifieddate: '2026-11-16T00:00:00.000Z' } }));
  const removals = deals.slice(PAGE, PAGE + 10).map((d) => d.id);
  const stepMs = await timed(() => mirror.applyDeals(portalId, { upserts: reread, removals, cursor: { ...cursorAfter(null, deals.length), phase: 'incremental' } }));
  return { store: kind, deals: deals.length, backfillMs, loadMs, dealIdsMs, dealCountMs, stepMs };
}

async function withPostgres<T>(url: string, work: (store: KpiStore) => Promise<T>): Promise<T> {
  const schema = `kpi_bench_${process.pid}`;
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const store = await openPgStore({ url, schema, now: Date.now });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

async function withSqlite<T>(work: (store: KpiStore) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-mirror-bench-'));
  const store = openSqliteStore({ path: join(dir, 'kpi.sqlite'), now: Date.now });
  try {
    return await work(store);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function mirrorBench(sizes: readonly number[], url: string | undefined): Promise<MirrorBenchRow[]> {
  const rows: MirrorBenchRow[] = [];
  for (const size of sizes) {
    const snapshot = generateDemoSnapshot({ deals: size, seed: 7, asOf: AS_OF });
    const deals = snapshot.deals as CrmObject[];
    rows.push(await withSqlite((store) => benchStore('sqlite', store, snapshot.portal.id, deals)));
    if (url !== undefined) rows.push(await withPostgres(url, (store) => benchStore('postgres', store, snapshot.portal.id, deals)));
  }
  return rows;
}

const ms = (v: number): string => Math.round(v).toLocaleString('en-US');

export function mirrorBenchTable(rows: readonly MirrorBenchRow[], withPostgres: boolean): string {
  const table = formatTable(
    ['store', 'deals', 'backfill s', 'load ms', 'dealIds ms', 'dealCount ms', 'step ms'],
    rows.map((r) => [r.store, r.deals.toLocaleString('en-US'), (r.backfillMs / 1000).toFixed(1), ms(r.loadMs), ms(r.dealIdsMs), ms(r.dealCountMs), ms(r.stepMs)]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const note = withPostgres ? '' : '\nPostgreSQL not measured: set KPI_BENCH_DATABASE_URL (or KPI_TEST_DATABASE_URL) to a database the bench may make a schema in';
  return `${table}\nbackfill: pages of ${PAGE} deals, one transaction each with the cursor; step: ${PAGE} deals re-read and merged, 10 removed; wall clock${note}`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const sizes = (args.find((a) => !a.startsWith('--')) ?? '100000,1000000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < PAGE + 10)) throw new RangeError(`sizes must be whole numbers of at least ${PAGE + 10} deals`);
  const url = process.env.KPI_BENCH_DATABASE_URL?.trim() || process.env.KPI_TEST_DATABASE_URL?.trim() || undefined;
  void mirrorBench(sizes, url).then(
    (rows) => process.stdout.write(`${args.includes('--json') ? JSON.stringify(rows) : mirrorBenchTable(rows, url !== undefined)}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
