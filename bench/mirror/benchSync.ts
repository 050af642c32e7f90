import { interactiveBudget, withRequestBudget } from '../../src/crm/requestBudget';
import type { RequestStats } from '../../src/crm/requestStats';
import { statsSince } from '../../src/crm/requestStats';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { mirroredProperties } from '../../src/sync/mirroredProperties';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { BenchPortal } from './benchPortal';
import { viewerOfOwner } from './benchSurfaces';
import { percentile } from './percentile';

/** HubSpot's search limit: the floor of any paged read is its searches at this rate. */
export const SEARCHES_PER_SECOND = 5;

export interface StepFigures {
  requests: number;
  searches: number;
  rateLimited: number;
  ms: number;
}

export interface SyncFigures {
  naiveRead: StepFigures & { deals: number };
  backfill: StepFigures & { floorMs: number; deals: number; state: string };
  /** Right after the backfill: the index reads the whole mirror into memory once (wide views say "Preparing" meanwhile). */
  firstRead: StepFigures;
  idleCycle: StepFigures;
  changedCycle: StepFigures & { changed: number };
  /** Right after the 1,000-change cycle, so the index re-sorts what the cycle changed. */
  concurrent: { loads: number; p50Ms: number; p95Ms: number; requests: number; searches: number; failures: string[] };
}

async function step(portal: BenchPortal, work: () => Promise<unknown>): Promise<StepFigures> {
  const before: RequestStats = portal.gateway.stats();
  const start = performance.now();
  await work();
  const d = statsSince(before, portal.gateway.stats());
  return { requests: d.requests, searches: d.searches, rateLimited: d.rateLimited, ms: performance.now() - start };
}

/** The whole portal read live, every deal with the mirror's columns: what a card would need without a copy. */
export async function naiveRead(portal: BenchPortal): Promise<SyncFigures['naiveRead']> {
  const properties = mirroredProperties(portal.snapshot.pipelines, demoSettings().propertyMapping);
  let deals = 0;
  const figures = await step(portal, async () => (deals = (await portal.gateway.client.search('deals', { inLists: [], alternatives: [], properties })).length));
  return { ...figures, deals };
}

export async function backfill(portal: BenchPortal): Promise<SyncFigures['backfill']> {
  const figures = await step(portal, () => portal.sync.runOnce());
  const status = portal.sync.status();
  return { ...figures, floorMs: (figures.searches / SEARCHES_PER_SECOND) * 1000, deals: status.deals, state: status.state };
}

/** Changes `count` deals' amounts through HubSpot's batch update (100 a request), as another app would. */
async function changeDeals(portal: BenchPortal, count: number): Promise<void> {
  const ids = portal.snapshot.deals.slice(0, count).map((d) => d.id);
  for (let i = 0; i < ids.length; i += 100) {
    const inputs = ids.slice(i, i + 100).map((id, k) => ({ id, properties: { amount: String(1000 + i + k) } }));
    await portal.writer.crm.deals.batchApi.update({ inputs });
  }
}

export async function changedCycle(portal: BenchPortal, count: number): Promise<SyncFigures['changedCycle']> {
  const changed = Math.min(count, portal.snapshot.deals.length);
  await changeDeals(portal, changed);
  return { ...(await step(portal, () => portal.sync.runOnce())), changed };
}

/** `loads` reps open their own scorecards at the same moment, from the mirror. */
export async function concurrentScorecards(portal: BenchPortal, loads: number): Promise<SyncFigures['concurrent']> {
  // The demo roster's slots: 10·t is team t's manager, 10·t + r its reps (src/emulator/demo demoRoster).
  const reps = portal.snapshot.owners.filter((o) => o.archived !== true && Number(o.id) % 10 !== 0 && Number(o.id) - 71_000_000 > 10).map((o) => o.id);
  const crm = portal.mirrorPort();
  const before = portal.gateway.stats();
  const failures: string[] = [];
  const times = await Promise.all(
    Array.from({ length: loads }, async (_, i) => {
      const start = performance.now();
      const result = await withRequestBudget(interactiveBudget(), () => ownerScorecard({}, portal.deps(viewerOfOwner(reps[i % reps.length] as string), crm)));
      if (!result.ok) failures.push(result.error.code);
      return performance.now() - start;
    }),
  );
  const d = statsSince(before, portal.gateway.stats());
  return { loads, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), requests: d.requests, searches: d.searches, failures };
}

export async function syncFigures(portal: BenchPortal, changes: number, loads: number): Promise<SyncFigures> {
  const naive = await naiveRead(portal);
  const back = await backfill(portal);
  const firstRead = await step(portal, () => portal.sync.index.portalData(demoSettings().propertyMapping));
  const idle = await step(portal, () => portal.sync.runOnce());
  const changed = await changedCycle(portal, changes);
  return { naiveRead: naive, backfill: back, firstRead, idleCycle: idle, changedCycle: changed, concurrent: await concurrentScorecards(portal, loads) };
}
