import type { Deal, PortalData, Stage } from '../domain/portal';
import { portalFromSnapshot } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import { EMPTY_MAPPING } from '../domain/propertyMapping';
import type { CrmObject, Snapshot } from '../domain/snapshot';
import { toDeal } from '../domain/toDeal';
import type { MirrorCollections, MirrorStore, SyncCursor } from '../store/mirrorStore';

/**
 * The mirror as the surfaces read it: the engine's PortalData, parsed once from the store and
 * kept hot in memory, each sync step re-parsing only the deals it changed. Only parsed deals
 * are held (a raw HubSpot deal with every stage's columns is several times larger), so a
 * mapping other than the one held re-reads the store once.
 */
export interface MirrorIndex {
  /** The portal for this mapping; null until the mirror has a portal block, owners and pipelines. */
  portalData(mapping: PropertyMapping): Promise<PortalData | null>;
  /** The portal without its deals (zone, currency, owners, teams, pipelines): no parse of any deal. */
  portalShell(): Promise<PortalData | null>;
  /** Where the sync stood when the index last changed. */
  cursor(): SyncCursor | null;
  /** Tells the index what a sync step just wrote to the store (after the write). */
  dealsChanged(upserts: readonly CrmObject[], removals: readonly string[], cursor: SyncCursor): void;
  collectionsChanged(collections: Partial<MirrorCollections>): void;
  /** Forgets what it holds, so the next read parses the store again (another process synced it). */
  reload(): void;
}

interface Held {
  key: string;
  mapping: PropertyMapping;
  stages: Map<string, Stage>;
  deals: Map<string, Deal>;
  /** Parsed PortalData; rebuilt from `deals` when a step changed them. */
  data: PortalData | null;
}

const keyOf = (mapping: PropertyMapping): string => JSON.stringify(mapping, Object.keys(mapping).sort());
const numericId = (a: Deal, b: Deal): number => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function snapshotOf(collections: MirrorCollections, deals: CrmObject[]): Snapshot | null {
  if (collections.portal === null || collections.owners === null || collections.pipelines === null) return null;
  const snapshot: Snapshot = { portal: collections.portal, owners: collections.owners, pipelines: collections.pipelines, deals };
  if (collections.goals !== null) snapshot.goals = collections.goals;
  if (collections.meetings !== null) snapshot.meetings = collections.meetings;
  if (collections.users !== null) snapshot.users = collections.users;
  return snapshot;
}

export function createMirrorIndex(store: MirrorStore, portalId: number): MirrorIndex {
  let held: Held | null = null;
  let collections: MirrorCollections | null = null;
  let cursor: SyncCursor | null = null;
  let loading: Promise<Held | null> | null = null;
  let shell: PortalData | null = null;

  /** Parses the stored deals one at a time, the same way portalFromSnapshot reads a snapshot's. */
  async function parseAll(mapping: PropertyMapping): Promise<Held | null> {
    collections = await store.collections(portalId);
    cursor = await store.cursor(portalId);
    const snapshot = snapshotOf(collections, []);
    if (snapshot === null) return null;
    const shell = portalFromSnapshot(snapshot, mapping).data;
    const stages = new Map<string, Stage>(shell.pipelines.flatMap((p) => p.stages.map((s) => [s.id, s] as const)));
    const deals = new Map<string, Deal>();
    await store.forEachDeal(portalId, (raw) => {
      if (raw.archived !== true) deals.set(raw.id, toDeal(raw, stages, mapping, []));
    });
    return { key: keyOf(mapping), mapping, stages, deals, data: null };
  }

  function dataOf(h: Held): PortalData | null {
    if (h.data !== null) return h.data;
    const snapshot = collections === null ? null : snapshotOf(collections, []);
    if (snapshot === null) return null;
    const shell = portalFromSnapshot(snapshot, h.mapping).data;
    h.data = { ...shell, deals: [...h.deals.values()].sort(numericId) };
    return h.data;
  }

  return {
    async portalData(mapping) {
      const key = keyOf(mapping);
      if (held === null || held.key !== key) {
        loading ??= parseAll(mapping).finally(() => (loading = null));
        const loaded = await loading;
        if (loaded === null) return null;
        // A load for another mapping may have finished first; keep the one asked for.
        if (loaded.key !== key) return (await parseAll(mapping))?.data ?? null;
        held = loaded;
      }
      return dataOf(held);
    },
    async portalShell() {
      if (shell !== null) return shell;
      collections ??= await store.collections(portalId);
      const snapshot = snapshotOf(collections, []);
      shell = snapshot === null ? null : portalFromSnapshot(snapshot, EMPTY_MAPPING).data;
      return shell;
    },
    cursor: () => cursor,
    dealsChanged(upserts, removals, next) {
      cursor = next;
      if (held === null) return;
      for (const raw of upserts) if (raw.archived !== true) held.deals.set(raw.id, toDeal(raw, held.stages, held.mapping, []));
      for (const id of removals) held.deals.delete(id);
      held.data = null;
    },
    reload() {
      held = null;
      shell = null;
      collections = null;
    },
    collectionsChanged(changed) {
      if (collections !== null) collections = { ...collections, ...changed };
      // New owners or pipelines change how every deal reads (stage order, teams): parse again.
      held = null;
      shell = null;
    },
  };
}
