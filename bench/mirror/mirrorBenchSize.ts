import { periodContaining } from '../../src/domain/period';
import { DEMO_CALENDAR } from '../../src/emulator/demo/generateDemoSnapshot';
import { openBenchPortal } from './benchPortal';
import type { ReadMode, SurfaceRow } from './benchSurfaces';
import { measureSurface, surfaces } from './benchSurfaces';
import type { SyncFigures } from './benchSync';
import { syncFigures } from './benchSync';

export interface MirrorBenchOptions {
  deals: number;
  asOf: number;
  latencyMs: number;
  limits: boolean;
  /** Calls per surface read live; a live director scorecard at 100k deals takes minutes. */
  liveCalls: number;
  mirrorCalls: number;
  changes: number;
  concurrentLoads: number;
}

export interface MirrorBenchResult {
  deals: number;
  latencyMs: number;
  limits: boolean;
  sync: SyncFigures;
  surfaces: SurfaceRow[];
}

/** Calls per surface read live by portal size, so the default bench stays within ~15 minutes. */
export const liveCallsFor = (deals: number): number => (deals <= 2_000 ? 5 : deals <= 20_000 ? 2 : 1);

/**
 * One portal size end to end, as a backend meets it: the naive read of every deal, the
 * backfill, an idle cycle, a cycle after `changes` writes, concurrent scorecards, then every
 * surface live and from the mirror.
 */
export async function mirrorBenchSize(options: MirrorBenchOptions, log: (line: string) => void = () => {}): Promise<MirrorBenchResult> {
  const portal = await openBenchPortal(options);
  try {
    log(`${options.deals} deals: naive read, backfill and cycles…`);
    const sync = await syncFigures(portal, options.changes, options.concurrentLoads);
    if (sync.backfill.state !== 'ready') throw new Error(`the backfill ended ${sync.backfill.state}: ${portal.sync.status().error ?? ''}`);
    const year = String(periodContaining('year', portal.now(), DEMO_CALENDAR).year);
    const rows: SurfaceRow[] = [];
    for (const surface of surfaces(portal, year)) {
      for (const mode of ['live', 'mirror'] as ReadMode[]) {
        log(`${options.deals} deals: ${surface.name}, ${mode}…`);
        rows.push(await measureSurface(portal, surface, mode, mode === 'live' ? options.liveCalls : options.mirrorCalls));
      }
    }
    return { deals: options.deals, latencyMs: options.latencyMs, limits: options.limits, sync, surfaces: rows };
  } finally {
    await portal.close();
  }
}
