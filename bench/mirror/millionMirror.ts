import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshot } from '../../src/domain/portalFromSnapshot';
import type { Snapshot } from '../../src/domain/snapshot';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { SyncCursor } from '../../src/store/mirrorStore';
import { mirroredProperties } from '../../src/sync/mirroredProperties';
import { customerColumns } from '../../src/sync/customerColumns';
import { customerProperties } from '../../src/crm/readCustomers';
import { benchPortalOver, openBenchStore } from './benchPortal';
import type { SurfaceRow } from './benchSurfaces';
import { cardDealIds, measureSurface, surfaces } from './benchSurfaces';
import type { StepFigures } from './benchSync';
import { periodContaining } from '../../src/domain/period';
import { DEMO_CALENDAR } from '../../src/emulator/demo/generateDemoSnapshot';

/**
 * A portal too big to seed in the emulator here: the mirror is written straight from a
 * generated demo snapshot, as a finished backfill would leave it (one process), then served
 * by a restarted backend (another process, so its peak memory is the backend's alone). The
 * emulator of the serving process holds the portal's collections and only the deals the
 * cards open, so the deal card's one fresh read is a real request.
 */
const SHELL_FILE = 'shell.json';
const CHUNK = 10_000;

export interface MillionResult {
  deals: number;
  buildMs: number;
  /** After the restart: the whole mirror read into the index once (wide views say "Preparing" meanwhile). */
  firstRead: StepFigures;
  surfaces: SurfaceRow[];
  peakRssMb: number;
  /** The heap still in use after the first read and a full collection: what the index holds. */
  heldHeapMb: number;
}

export async function buildMillionMirror(dir: string, deals: number, asOf: number): Promise<number> {
  const start = performance.now();
  const parsed = parseSnapshot(generateDemoSnapshot({ deals, seed: 1, asOf }));
  if (!parsed.ok) throw new Error(`demo snapshot did not validate: ${parsed.error}`);
  const snapshot = parsed.value;
  const { store } = await openBenchStore(join(dir, 'kpi.sqlite'), asOf);
  const cursor: SyncCursor = {
    phase: 'incremental',
    backfillAfterId: null,
    backfillTotal: null,
    modifiedThrough: asOf,
    lastSyncAt: asOf,
    lastReconcileAt: asOf,
    dealProperties: mirroredProperties(snapshot.pipelines, demoSettings().propertyMapping),
    // Companies and line items are mirrored as `kpi serve` keeps them.
    customerProperties: customerColumns(customerProperties(demoSettings())),
    customersModifiedThrough: { companies: asOf, line_items: asOf },
  };
  const id = DEMO_PORTAL.id;
  await store.mirror.replaceCollection(id, 'portal', snapshot.portal);
  await store.mirror.replaceCollection(id, 'owners', snapshot.owners);
  await store.mirror.replaceCollection(id, 'pipelines', snapshot.pipelines);
  await store.mirror.replaceCollection(id, 'goals', snapshot.goals ?? []);
  await store.mirror.replaceCollection(id, 'meetings', snapshot.meetings ?? []);
  await store.mirror.replaceCollection(id, 'users', snapshot.users ?? []);
  for (let i = 0; i < snapshot.deals.length; i += CHUNK) await store.mirror.applyDeals(id, { upserts: snapshot.deals.slice(i, i + CHUNK), removals: [], cursor });
  const companies = snapshot.companies ?? [];
  const lineItems = snapshot.lineItems ?? [];
  for (let i = 0; i < Math.max(companies.length, lineItems.length); i += CHUNK) {
    await store.mirror.applyDeals(id, { upserts: [], companies: companies.slice(i, i + CHUNK), lineItems: lineItems.slice(i, i + CHUNK), removals: [], cursor });
  }
  store.close();
  const cards = new Set(cardDealIds(snapshot, 20));
  // HubSpot is another machine: the serving process's emulator holds only what the cards read live.
  const shell: Snapshot = { ...snapshot, deals: snapshot.deals.filter((d) => cards.has(d.id)), companies: [], lineItems: [] };
  writeFileSync(join(dir, SHELL_FILE), JSON.stringify(shell));
  return performance.now() - start;
}

export async function serveMillionMirror(dir: string, deals: number, asOf: number, buildMs: number, calls: number, peakRssMb: () => number): Promise<MillionResult> {
  const parsed = parseSnapshot(JSON.parse(readFileSync(join(dir, SHELL_FILE), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  const { store, now } = await openBenchStore(join(dir, 'kpi.sqlite'), asOf);
  const portal = await benchPortalOver(parsed.value, store, now, { latencyMs: 0, limits: false }, () => {});
  try {
    await portal.sync.prime();
    const year = String(periodContaining('year', now(), DEMO_CALENDAR).year);
    const all = surfaces(portal, year);
    const started = performance.now();
    await portal.sync.index.portalData(demoSettings().propertyMapping);
    const firstRead: StepFigures = { requests: 0, searches: 0, rateLimited: 0, ms: performance.now() - started };
    (globalThis as { gc?: () => void }).gc?.();
    const heldHeapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    const rows: SurfaceRow[] = [];
    for (const surface of all) rows.push(await measureSurface(portal, surface, 'mirror', calls));
    return { deals, buildMs, firstRead, surfaces: rows, peakRssMb: peakRssMb(), heldHeapMb };
  } finally {
    await portal.close();
  }
}
