import type { Snapshot } from '../../src/domain/snapshot';
import type { CrmGateway } from '../../src/crm/createCrmGateway';
import type { CrmPort } from '../../src/crm/crmPort';
import type { RequestBudget } from '../../src/crm/requestBudget';
import { interactiveBudget, withRequestBudget } from '../../src/crm/requestBudget';
import { statsSince } from '../../src/crm/requestStats';
import { DEMO_DIRECTOR_OWNER_ID, demoManagerOwnerId } from '../../src/emulator/demo/demoRoster';
import { DEMO_PORTAL } from '../../src/emulator/demo/generateDemoSnapshot';
import type { Viewer } from '../../src/handlers/contracts/common';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import type { HandlerDeps, SystemRunner } from '../../src/handlers/handlerDeps';
import { systemRunner } from '../../src/handlers/handlerDeps';
import type { HandlerResult } from '../../src/handlers/handlerResult';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { scanAlerts } from '../../src/handlers/scanAlerts';
import { segments } from '../../src/handlers/segments';
import { digestPreview } from '../../src/handlers/digestPreview';
import type { BenchPortal } from './benchPortal';
import { percentile } from './percentile';

export type ReadMode = 'live' | 'mirror';

export interface SurfaceRow {
  surface: string;
  mode: ReadMode;
  calls: number;
  /** HubSpot requests per call (mean), retries included. */
  requests: number;
  searches: number;
  p50Ms: number;
  p95Ms: number;
  /**
   * The untimed first call of a warm surface, timed apart: from the mirror it is the first
   * card after a sync step, which builds what the later ones reuse; null when every call is cold.
   */
  firstMs: number | null;
  /** Calls that answered an error (their code), so a fast failure never passes for a fast answer. */
  failures: string[];
}

/** One call of a surface: the port it reads through and the gateway whose requests are counted. */
interface Call {
  crm: CrmPort;
  gateway: CrmGateway;
}

interface Surface {
  name: string;
  viewer: Viewer | SystemRunner;
  /** The scheduled scan is background work with no card waiting; every other surface is a card's read. */
  background?: boolean;
  run(deps: HandlerDeps, call: number): Promise<HandlerResult<unknown>>;
  /** A fresh gateway per call (the first card of the day), else one gateway kept warm across calls. */
  coldEachCall?: boolean;
}

const viewer = (ownerSlotUser: number): Viewer => ({ portalId: DEMO_PORTAL.id, userId: ownerSlotUser, email: `u${ownerSlotUser}@demo-sales.cn`, locale: 'en-US' });
/** The demo roster's users sit at 51,000,000 + the slot of their owner id (71,000,000 + slot). */
export const viewerOfOwner = (ownerId: string): Viewer => viewer(51_000_000 + (Number(ownerId) - 71_000_000));

/** Open deals with an owner, spread over the portal: the cards the bench opens. */
export function cardDealIds(snapshot: Pick<Snapshot, 'deals'>, count: number): string[] {
  const open = snapshot.deals.filter((d) => d.properties.hs_is_closed === 'false' && d.properties.hubspot_owner_id);
  const step = Math.max(1, Math.floor(open.length / count));
  return open.filter((_, i) => i % step === 0).slice(0, count).map((d) => d.id);
}

export function surfaces(portal: BenchPortal, year: string): Surface[] {
  const cards = cardDealIds(portal.snapshot, 20);
  const ownerOf = (id: string) => portal.snapshot.deals.find((d) => d.id === id)?.properties.hubspot_owner_id ?? '';
  const card = (i: number) => cards[i % cards.length] as string;
  return [
    { name: 'director scorecard, this quarter', viewer: viewerOfOwner(DEMO_DIRECTOR_OWNER_ID), run: (deps) => ownerScorecard({}, deps) },
    { name: 'manager scorecard, this quarter', viewer: viewerOfOwner(demoManagerOwnerId(1)), run: (deps) => ownerScorecard({}, deps) },
    { name: `portal-wide funnel, ${year}`, viewer: viewerOfOwner(DEMO_DIRECTOR_OWNER_ID), run: (deps) => funnelHealth({ period: year }, deps) },
    { name: 'portal segments, this quarter', viewer: viewerOfOwner(DEMO_DIRECTOR_OWNER_ID), run: (deps) => segments({}, deps) },
    { name: 'manager reports preview', viewer: viewerOfOwner(demoManagerOwnerId(1)), run: (deps) => digestPreview({}, deps) },
    { name: 'alert scan, every team', viewer: systemRunner(DEMO_PORTAL.id, 'bench'), background: true, run: (deps) => scanAlerts({}, deps) },
    { name: 'deal card, first of the day', viewer: viewerOfOwner(ownerOf(card(0))), coldEachCall: true, run: (deps, i) => dealKpis({ dealId: card(i) }, { ...deps, viewer: viewerOfOwner(ownerOf(card(i))) }) },
    { name: 'deal card, warm', viewer: viewerOfOwner(ownerOf(card(0))), run: (deps) => dealKpis({ dealId: card(0) }, deps) },
  ];
}

/**
 * A card's read runs as a route runs it (interactiveBudget, 12 s) from the mirror; a live read
 * gets no deadline, so what it really costs is measured instead of the card's timeout.
 */
function budgetOf(surface: Surface, mode: ReadMode): RequestBudget {
  if (surface.background === true) return { priority: 'background', deadline: null };
  return mode === 'mirror' ? interactiveBudget() : { priority: 'interactive', deadline: null };
}

export async function measureSurface(portal: BenchPortal, surface: Surface, mode: ReadMode, calls: number): Promise<SurfaceRow> {
  const warm = mode === 'mirror' ? portal.gateway : portal.freshGateway();
  const portOf = (g: CrmGateway) => (mode === 'mirror' ? portal.mirrorPort(g) : portal.livePort(g));
  const warmPort = portOf(warm);
  // A warm surface is timed after one untimed call, as a second visit would find it.
  let firstMs: number | null = null;
  if (surface.coldEachCall !== true) {
    const start = performance.now();
    await withRequestBudget(budgetOf(surface, mode), () => surface.run(portal.deps(surface.viewer, warmPort), 0));
    firstMs = performance.now() - start;
  }
  const times: number[] = [];
  const failures: string[] = [];
  let requests = 0;
  let searches = 0;
  for (let i = 0; i < calls; i += 1) {
    const call: Call = surface.coldEachCall === true ? (() => { const g = portal.freshGateway(); return { gateway: g, crm: portOf(g) }; })() : { gateway: warm, crm: warmPort };
    const before = call.gateway.stats();
    const start = performance.now();
    const result = await withRequestBudget(budgetOf(surface, mode), () => surface.run(portal.deps(surface.viewer, call.crm), i));
    times.push(performance.now() - start);
    const delta = statsSince(before, call.gateway.stats());
    requests += delta.requests;
    searches += delta.searches;
    if (!result.ok) failures.push(result.error.code);
  }
  return { surface: surface.name, mode, calls, requests: requests / calls, searches: searches / calls, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), firstMs, failures };
}
