import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SnapshotInput } from '../domain/snapshot';
import { generateDemoSnapshot } from '../emulator/demo/generateDemoSnapshot';

export interface DemoSnapshotRequest {
  deals: number;
  seed: number;
  /** The demo's "now": today at 00:00 UTC, so open deals stay open and this quarter has data. */
  asOf: number;
  cacheDir: string;
}

export const DEMO_CACHE_PREFIX = 'demo-snapshot-';

export const demoCacheFile = (r: Omit<DemoSnapshotRequest, 'cacheDir'>): string =>
  `${DEMO_CACHE_PREFIX}${r.deals}-seed${r.seed}-${new Date(r.asOf).toISOString().slice(0, 10)}.json`;

/**
 * The demo portal for `npm start` (generated on first run and cached). The file is
 * named by size, seed and day: the same day reuses it, a new day generates a fresh one (the
 * demo's dates are relative to its as-of day) and removes the stale ones. Written to a
 * temporary name first, so an interrupted first run never leaves half a snapshot behind.
 */
export function loadOrGenerateDemoSnapshot(request: DemoSnapshotRequest): { snapshot: SnapshotInput; generated: boolean; path: string } {
  const name = demoCacheFile(request);
  const path = join(request.cacheDir, name);
  if (existsSync(path)) return { snapshot: JSON.parse(readFileSync(path, 'utf8')) as SnapshotInput, generated: false, path };
  const snapshot = generateDemoSnapshot({ deals: request.deals, seed: request.seed, asOf: request.asOf });
  mkdirSync(request.cacheDir, { recursive: true });
  for (const old of readdirSync(request.cacheDir)) {
    if (old.startsWith(DEMO_CACHE_PREFIX) && old !== name) rmSync(join(request.cacheDir, old), { force: true });
  }
  const temporary = `${path}.partial`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, path);
  return { snapshot, generated: true, path };
}
