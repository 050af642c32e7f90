import type { SurfaceRow } from './benchSurfaces';
import type { SyncFigures } from './benchSync';

/** The mirror's targets (the README speed section): what the bench reports each figure against. */
export const MIRROR_TARGETS = {
  /** Every surface from the mirror at 100k deals, with no search at request time. */
  surfaceP95Ms: 1000,
  /** The deal card reads its own deal fresh and nothing else. */
  dealCardRequests: 1,
  concurrentP95Ms: 1500,
  backfillOverFloor: 1.3,
  idleCycleRequests: 3,
  changedCycleRequests: 10,
  millionSurfaceP95Ms: 2000,
  millionPeakRssMb: 1536,
} as const;

const isDealCard = (row: SurfaceRow): boolean => row.surface.startsWith('deal card');

/**
 * A surface served from the mirror meets its target: fast enough, no search at request time,
 * no failure, and the deal card at most its one read of its own deal. Other reads are allowed
 * (the scan's batch read of the tasks it created; a viewer's user lookup): they are not searches.
 */
export function surfaceMeetsTarget(row: SurfaceRow, p95Ms: number): boolean {
  const requestsOk = !isDealCard(row) || row.requests <= MIRROR_TARGETS.dealCardRequests;
  // The first card after a sync step counts too: it builds what the later calls reuse.
  const firstOk = row.firstMs === null || row.firstMs <= p95Ms;
  return row.mode === 'mirror' && row.p95Ms <= p95Ms && firstOk && row.searches === 0 && requestsOk && row.failures.length === 0;
}

export interface SyncVerdicts {
  backfill: boolean;
  idleCycle: boolean;
  changedCycle: boolean;
  concurrent: boolean;
}

export function syncVerdicts(sync: SyncFigures): SyncVerdicts {
  return {
    backfill: sync.backfill.ms <= sync.backfill.floorMs * MIRROR_TARGETS.backfillOverFloor,
    idleCycle: sync.idleCycle.requests <= MIRROR_TARGETS.idleCycleRequests,
    changedCycle: sync.changedCycle.requests <= MIRROR_TARGETS.changedCycleRequests,
    concurrent: sync.concurrent.p95Ms <= MIRROR_TARGETS.concurrentP95Ms && sync.concurrent.searches === 0 && sync.concurrent.failures.length === 0,
  };
}
