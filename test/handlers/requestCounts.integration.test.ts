import { statsSince } from '../../src/crm/requestStats';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import { getSettings } from '../../src/handlers/getSettings';
import type { HandlerDeps, SystemRunner } from '../../src/handlers/handlerDeps';
import { systemRunner } from '../../src/handlers/handlerDeps';
import type { HandlerResult } from '../../src/handlers/handlerResult';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { scanAlerts } from '../../src/handlers/scanAlerts';
import { settingsContext } from '../../src/handlers/settingsContext';
import type { Viewer } from '../../src/handlers/contracts/common';
import { AS_OF, PEOPLE, PORTAL_ID, demoSnapshot, tempStores, viewerOf } from './handlerFixture';

/**
 * HubSpot requests per handler on a 100,000-deal demo portal (printed
 * by a test and written in the README). Each handler is run cold (empty gateway cache) and
 * then warm; the deal card must stay within 4 requests warm.
 */
const DEALS = Number(process.env.KPI_COUNT_DEALS ?? 100_000);
const openStore = tempStores();
let running: RunningEmulator;
let openDealId: string;
let deps: (viewer: Viewer | SystemRunner) => HandlerDeps;
let stats: () => ReturnType<ReturnType<typeof createCrmGateway>['stats']>;

beforeAll(async () => {
  const snapshot = demoSnapshot(DEALS, 3);
  openDealId = snapshot.deals.find((d) => d.properties.hubspot_owner_id === PEOPLE.eastRep.ownerId && d.properties.hs_is_closed === 'false')?.id ?? '';
  running = await createCrmEmulator(snapshot, { limits: false, now: () => AS_OF }).listen(0);
  let virtual = AS_OF;
  const gateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms) });
  stats = () => gateway.stats();
  const store = openStore();
  const saved = await store.settings.save(PORTAL_ID, demoSettings(), { expectedVersion: 0, savedBy: 'fixture' });
  if (!saved.ok) throw new Error(saved.error.message);
  const crm = crmPortFromGateway(gateway);
  deps = (viewer) => ({ viewer, crm, settings: store.settings, ledger: store.alerts, manualScores: store.manualScores, forecasts: store.forecasts, now: () => AS_OF });
}, 240_000);
afterAll(() => running?.close());

interface Row {
  handler: string;
  requests: number;
  searches: number;
  ms: number;
  ok: boolean;
}

async function measure(rows: Row[], handler: string, run: () => Promise<HandlerResult<unknown>>): Promise<Row> {
  const before = stats();
  const started = Date.now();
  const result = await run();
  const delta = statsSince(before, stats());
  const row = { handler, requests: delta.requests, searches: delta.searches, ms: Date.now() - started, ok: result.ok };
  rows.push(row);
  return row;
}

describe(`HubSpot requests per handler, ${DEALS.toLocaleString('en-US')}-deal demo portal`, () => {
  it('prints the table; a warm deal card takes at most 4 requests', async () => {
    const rows: Row[] = [];
    const rep = viewerOf('eastRep');
    await measure(rows, 'dealKpis, owner viewing (cold cache)', () => dealKpis({ dealId: openDealId }, deps(rep)));
    const warmCard = await measure(rows, 'dealKpis, owner viewing (warm)', () => dealKpis({ dealId: openDealId }, deps(rep)));
    await measure(rows, 'dealKpis, teammate viewing (warm; super-admin check)', () => dealKpis({ dealId: openDealId }, deps(viewerOf('eastRep2'))));
    const teammate = await measure(rows, 'dealKpis, teammate viewing (warm, user cached)', () => dealKpis({ dealId: openDealId }, deps(viewerOf('eastRep2'))));
    await measure(rows, 'ownerScorecard, rep, this quarter (warm)', () => ownerScorecard({}, deps(rep)));
    await measure(rows, 'ownerScorecard, manager, this quarter (warm)', () => ownerScorecard({}, deps(viewerOf('southManager'))));
    // The director's scorecard is left out here: its subject is the whole department over the
    // trend's two years (growth compares each quarter with a year before), i.e. most of the
    // portal — about 150 searches on a 20,000-deal portal, ~750 here. Portal-wide aggregates
    // (design.md "Coming after") are the fix; measured with KPI_COUNT_DIRECTOR=1.
    if (process.env.KPI_COUNT_DIRECTOR === '1') await measure(rows, 'ownerScorecard, director, this quarter (warm)', () => ownerScorecard({}, deps(viewerOf('director'))));
    await measure(rows, 'funnelHealth, manager, one team (warm)', () => funnelHealth({}, deps(viewerOf('southManager'))));
    await measure(rows, 'funnelHealth, director, all teams (warm)', () => funnelHealth({}, deps(viewerOf('director'))));
    await measure(rows, 'scanAlerts, all teams and pipelines, first run', () => scanAlerts({ period: '2026-Q3' }, deps(systemRunner(PORTAL_ID, 'bench'))));
    await measure(rows, 'scanAlerts, second run (nothing new)', () => scanAlerts({ period: '2026-Q3' }, deps(systemRunner(PORTAL_ID, 'bench'))));
    await measure(rows, 'getSettings (admin)', () => getSettings({}, deps(viewerOf('admin'))));
    await measure(rows, 'settingsContext (admin)', () => settingsContext({}, deps(viewerOf('admin'))));
    console.log(
      [
        `HubSpot requests per handler, ${DEALS.toLocaleString('en-US')}-deal demo portal (gateway cache: owners, pipelines, account, users, pipeline history)`,
        'handler | requests | of which searches | wall ms (emulator)',
        ...rows.map((r) => `${r.handler} | ${r.requests} | ${r.searches} | ${r.ms}`),
      ].join('\n'),
    );
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(warmCard.requests).toBeLessThanOrEqual(4);
    expect(teammate.requests).toBeLessThanOrEqual(4);
    expect(rows.at(-3)?.requests).toBeLessThanOrEqual(rows.at(-4)?.requests ?? 0);
  }, 300_000);
});
