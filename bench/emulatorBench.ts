/**
 * Wall time of the gateway's own loaders against a CRM emulator seeded with the demo portal,
 * limits off on both sides so only the emulator's and the client's work is measured:
 *
 *   npx tsx bench/emulatorBench.ts [deals=100000] [--as-of=<ms>] [--once] [--json]
 *   kpi bench --emulator [deals]
 *
 * Each loader runs with a fresh gateway (no client-side cache); "first" is the first run
 * against a fresh emulator query cache, "again" the same load repeated (what a page reload
 * costs; skipped with --once). The clock is read here and nowhere in src/.
 */
import type { Period } from '../src/domain/period';
import { periodContaining } from '../src/domain/period';
import { EMPTY_MAPPING } from '../src/domain/propertyMapping';
import type { SnapshotInput } from '../src/domain/snapshot';
import type { CrmGateway } from '../src/crm/createCrmGateway';
import { createCrmGateway } from '../src/crm/createCrmGateway';
import { loadDealCard } from '../src/crm/loadDealCard';
import { loadFunnelHealth } from '../src/crm/loadFunnelHealth';
import { loadOwnerScorecard } from '../src/crm/loadOwnerScorecard';
import type { CustomerProperties } from '../src/crm/readCustomers';
import { customerProperties } from '../src/crm/readCustomers';
import { demoSettings } from '../src/emulator/demo/demoSettings';
import type { CrmEmulator } from '../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../src/emulator/createCrmEmulator';
import { collectionFor } from '../src/emulator/crmState';
import { searchObjects } from '../src/emulator/searchObjects';
import { searchRequestSchema } from '../src/emulator/searchRequest';
import { DEMO_CALENDAR, DEMO_PORTAL, generateDemoSnapshot } from '../src/emulator/demo/generateDemoSnapshot';
import { DEMO_TEAM_PLAN } from '../src/emulator/demo/demoRoster';
import { DEMO_TOKEN } from '../src/emulator/emulatorOptions';
import { formatTable } from '../src/cli/formatTable';

export const EMULATOR_BENCH_AS_OF = Date.parse('2026-11-16T00:00:00Z');
const DAY_MS = 86_400_000;
/** No client-side throttling: the bench measures work, not HubSpot's 5 searches a second. */
const UNLIMITED = { searchPerWindow: 1_000_000, searchWindowMs: 1000, generalPerWindow: 1_000_000, generalWindowMs: 1000 };

export interface EmulatorBenchRow {
  step: string;
  /** Wall ms of the first run. */
  firstMs: number;
  /** Wall ms of the same load run again; null for one-off steps (seeding). */
  againMs: number | null;
  /** Deals the load returned (or seeded). */
  deals: number;
  /** HTTP requests the load made. */
  requests: number;
}

interface Scenario {
  step: string;
  run(gateway: CrmGateway): Promise<number>;
}

async function timed<T>(now: () => number, work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = now();
  const value = await work();
  return { value, ms: now() - start };
}

function scenarios(snapshot: SnapshotInput, asOf: number): Scenario[] {
  const period: Period = periodContaining('quarter', asOf - 40 * DAY_MS, DEMO_CALENDAR);
  const owners = snapshot.owners.filter((o) => o.archived !== true);
  const team = DEMO_TEAM_PLAN[0].id;
  const teamOwners = owners.filter((o) => (o.teams ?? []).some((t) => t.id === team)).map((o) => o.id);
  const counts = new Map<string, number>();
  for (const d of snapshot.deals) {
    const owner = d.properties.hubspot_owner_id;
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const everyone = [...counts.keys()];
  const scorecard = (ownerIds: string[], teamIds: string[], customers?: CustomerProperties) => async (gw: CrmGateway) =>
    (await loadOwnerScorecard(gw, { portal: DEMO_PORTAL, ownerIds, teamIds, period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, historyQuarters: 4, includeFunnel: true, customers })).data.deals.length;
  const pipelineIds = snapshot.pipelines.map((p) => p.id);
  const funnel = (ownerIds?: string[]) => async (gw: CrmGateway) => {
    let n = 0;
    for (const pipelineId of pipelineIds) {
      const load = { portal: DEMO_PORTAL, pipelineId, period, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, ...(ownerIds ? { ownerIds } : {}) };
      n += (await loadFunnelHealth(gw, load)).data.deals.length;
    }
    return n;
  };
  const cardIds = snapshot.deals.filter((_, i) => i % Math.max(1, Math.floor(snapshot.deals.length / 20)) === 0).slice(0, 20).map((d) => d.id);
  const dealCards = async (gw: CrmGateway) => {
    let n = 0;
    for (const dealId of cardIds) n += (await loadDealCard(gw, { portal: DEMO_PORTAL, dealId, calendar: DEMO_CALENDAR, mapping: EMPTY_MAPPING, now: asOf, historyDays: 365 })).data.deals.length;
    return n;
  };
  return [
    { step: 'rep scorecard (busiest rep, funnel, 4 quarters)', run: scorecard([busiest], []) },
    { step: 'rep scorecard with customer KPIs (companies, line items, first purchases)', run: scorecard([busiest], [], customerProperties(demoSettings())) },
    { step: `team scorecard (${teamOwners.length} owners, funnel, 4 quarters)`, run: scorecard(teamOwners, [team]) },
    { step: `department scorecard (${everyone.length} owners, funnel)`, run: scorecard(everyone, DEMO_TEAM_PLAN.map((t) => t.id)) },
    { step: `funnel health, ${pipelineIds.length} pipelines, all owners`, run: funnel() },
    { step: `funnel health, ${pipelineIds.length} pipelines, one team`, run: funnel(teamOwners) },
    { step: `deal cards (${cardIds.length}, one gateway)`, run: dealCards },
    { step: 'every deal, paged by id (no filter)', run: async (gw) => (await gw.records.search('deals', { inLists: [], alternatives: [], properties: ['amount'] })).length },
  ];
}

/**
 * The emulator alone, in process: one search with no owner filter (open deals, or closed in
 * the last year; by id) paged 200 at a time up to 10,000 results. "first" is page 1, "again"
 * the mean of the following pages — what each of the gateway's next requests costs.
 */
export function pagedSearchRow(emulator: CrmEmulator, asOf: number, now: () => number): EmulatorBenchRow {
  const deals = collectionFor(emulator.state, 'deals');
  if (deals === undefined) throw new Error('the emulator has no deals');
  const filterGroups = [
    { filters: [{ propertyName: 'hs_is_closed', operator: 'EQ', value: 'false' }] },
    { filters: [{ propertyName: 'closedate', operator: 'GTE', value: String(asOf - 365 * DAY_MS) }] },
  ];
  const page = (after: number) => {
    const body = searchRequestSchema.parse({ filterGroups, sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], limit: 200, after: String(after) });
    const answer = searchObjects(deals, body, emulator.state.searchCache);
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
  const start = now();
  const first = page(0);
  const firstMs = now() - start;
  const pages = Math.min(50, Math.ceil(first.total / 200));
  const rest = now();
  for (let i = 1; i < pages; i += 1) page(i * 200);
  const againMs = pages > 1 ? (now() - rest) / (pages - 1) : null;
  return { step: `one search page, no owner filter (in process; again = mean of pages 2–${pages})`, firstMs, againMs, deals: first.total, requests: 0 };
}

/** Seeds an emulator with the demo portal and times each loader against it. */
export async function emulatorBench(deals: number, asOf: number, now: () => number, repeat = true): Promise<EmulatorBenchRow[]> {
  const snapshot = generateDemoSnapshot({ deals, seed: 1, asOf });
  const seeded = await timed(now, async () => createCrmEmulator(snapshot, { limits: false }));
  const emulator: CrmEmulator = seeded.value;
  const rows: EmulatorBenchRow[] = [{ step: 'seed the emulator', firstMs: seeded.ms, againMs: null, deals: snapshot.deals.length, requests: 0 }];
  rows.push(pagedSearchRow(emulator, asOf, now));
  const server = await emulator.listen(0);
  try {
    for (const scenario of scenarios(snapshot, asOf)) {
      const gateway = () => createCrmGateway({ accessToken: DEMO_TOKEN, basePath: server.url, rateLimits: UNLIMITED });
      emulator.stats.reset();
      const first = await timed(now, () => scenario.run(gateway()));
      const requests = emulator.stats.requests;
      const again = repeat ? (await timed(now, () => scenario.run(gateway()))).ms : null;
      rows.push({ step: scenario.step, firstMs: first.ms, againMs: again, deals: first.value, requests });
    }
  } finally {
    await server.close();
  }
  return rows;
}

export function emulatorBenchTable(deals: number, rows: readonly EmulatorBenchRow[]): string {
  const ms = (v: number | null): string => (v === null ? '' : v < 10 ? v.toFixed(2) : Math.round(v).toLocaleString('en-US'));
  const body = rows.map((r) => [r.step, ms(r.firstMs), ms(r.againMs), r.deals.toLocaleString('en-US'), String(r.requests)]);
  const table = formatTable(['step', 'first ms', 'again ms', 'deals', 'requests'], body, ['left', 'right', 'right', 'right', 'right']);
  return `emulator with ${deals.toLocaleString('en-US')} demo deals, limits off; wall clock, so other load on the machine inflates it\n${table}`;
}

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes('--json');
  const deals = Number(argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const asOfArg = argv.find((a) => a.startsWith('--as-of='))?.slice('--as-of='.length);
  const asOf = asOfArg === undefined ? EMULATOR_BENCH_AS_OF : Number(asOfArg);
  const rows = await emulatorBench(deals, asOf, () => performance.now(), !argv.includes('--once'));
  process.stdout.write(`${json ? JSON.stringify(rows) : emulatorBenchTable(deals, rows)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
