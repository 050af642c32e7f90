import type { Deal, PortalData, Stage } from '../domain/portal';
import { portalFromSnapshot } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import { EMPTY_MAPPING } from '../domain/propertyMapping';
import type { CrmObject, Snapshot } from '../domain/snapshot';
import { toDeal } from '../domain/toDeal';
import type { CustomerRecords, MirrorCollections, MirrorStore, SyncCursor } from '../store/mirrorStore';
import type { HeldCustomers } from './heldCustomers';
import { applyCustomers, emptyHeldCustomers, parsedCustomers } from './heldCustomers';
import type { StringPool } from './compactDeal';
import { compactDeal } from './compactDeal';
import { byDealId, dealsByOwner, withChanges } from './sortedDeals';

/**
 * The mirror as the surfaces read it: the engine's PortalData, parsed once from the store and
 * kept hot in memory, each sync step re-parsing only the deals it changed. Only parsed deals
 * are held (a raw HubSpot deal with every stage's columns is several times larger), so a
 * mapping other than the one held re-reads the store once.
 */
export interface MirrorIndex {
  /** The portal for this mapping; null until the mirror has a portal block, owners and pipelines. */
  portalData(mapping: PropertyMapping): Promise<PortalData | null>;
  /**
   * The portal with only these owners' deals (in the portal's order): what a scorecard or a
   * funnel of a team filters out of the whole portal, without visiting the other deals.
   */
  portalDataOf(mapping: PropertyMapping, ownerIds: readonly string[]): Promise<PortalData | null>;
  /** The portal without its deals (zone, currency, owners, teams, pipelines): no parse of any deal. */
  portalShell(): Promise<PortalData | null>;
  /**
   * Whether reads for this mapping answer from memory now; otherwise starts reading the store
   * (once) and says how far that is, 0–1. A restarted backend of a 1M-deal portal reads for
   * tens of seconds, which a card cannot wait for.
   */
  warm(mapping: PropertyMapping): { hot: boolean; progress: number };
  /** Where the sync stood when the index last changed. */
  cursor(): SyncCursor | null;
  /** Tells the index what a sync step just wrote to the store (after the write). */
  dealsChanged(upserts: readonly CrmObject[], removals: readonly string[], cursor: SyncCursor, customers?: Partial<CustomerRecords>): void;
  collectionsChanged(collections: Partial<MirrorCollections>): void;
  /** Forgets what it holds, so the next read parses the store again (another process synced it). */
  reload(): void;
}

interface Held {
  key: string;
  mapping: PropertyMapping;
  stages: Map<string, Stage>;
  /** In the portal's order (byDealId), so no read sorts a million deals. */
  deals: Deal[];
  pool: StringPool;
  /** Built from `deals` on first use after a step changed them. */
  data: PortalData | null;
  byOwner: Map<string, Deal[]> | null;
  /** portalDataOf's answers since `data` was built, by owner list: the same value for the same team until a step. */
  ofOwners: Map<string, PortalData>;
  customers: HeldCustomers;
}

const MAX_OWNER_LISTS = 512;

const keyOf = (mapping: PropertyMapping): string => JSON.stringify(mapping, Object.keys(mapping).sort());

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
  let parsed = { done: 0, of: 0 };
  /** Steps written while a load reads the store (it yields between pages): applied when it ends. */
  let during: { upserts: readonly CrmObject[]; removals: readonly string[]; customers?: Partial<CustomerRecords> }[] | null = null;
  /** New pipelines arrived while a load ran: what it parsed reads outcomes with the old stages. */
  let staleLoad = false;

  function applyChanges(h: Held, upserts: readonly CrmObject[], removals: readonly string[], customers?: Partial<CustomerRecords>): void {
    applyCustomers(h.customers, customers, h.pool);
    const live = upserts.filter((raw) => raw.archived !== true).map((raw) => compactDeal(toDeal(raw, h.stages, h.mapping, []), h.pool));
    const gone = [...removals, ...upserts.filter((raw) => raw.archived === true).map((raw) => raw.id)];
    h.deals = withChanges(h.deals, live, gone);
    h.data = null;
    h.byOwner = null;
    h.ofOwners.clear();
  }

  /** Parses the stored deals one at a time, the same way portalFromSnapshot reads a snapshot's. */
  async function parseAll(mapping: PropertyMapping): Promise<Held | null> {
    during = [];
    staleLoad = false;
    try {
      const h = await readStore(mapping);
      if (staleLoad) return parseAll(mapping);
      if (h !== null) for (const step of during) applyChanges(h, step.upserts, step.removals, step.customers);
      return h;
    } finally {
      during = null;
    }
  }

  async function readStore(mapping: PropertyMapping): Promise<Held | null> {
    collections = await store.collections(portalId);
    cursor = await store.cursor(portalId);
    const snapshot = snapshotOf(collections, []);
    if (snapshot === null) return null;
    const shell = portalFromSnapshot(snapshot, mapping).data;
    const stages = new Map<string, Stage>(shell.pipelines.flatMap((p) => p.stages.map((s) => [s.id, s] as const)));
    const deals: Deal[] = [];
    const pool: StringPool = new Map();
    parsed = { done: 0, of: await store.dealCount(portalId) };
    await store.forEachDeal(portalId, (raw) => {
      parsed.done++;
      if (raw.archived !== true) deals.push(compactDeal(toDeal(raw, stages, mapping, []), pool));
    });
    const customers = emptyHeldCustomers();
    await store.forEachCustomer(portalId, 'companies', (c) => applyCustomers(customers, { companies: [c] }, pool));
    await store.forEachCustomer(portalId, 'line_items', (l) => applyCustomers(customers, { lineItems: [l] }, pool));
    return { key: keyOf(mapping), mapping, stages, deals: deals.sort(byDealId), pool, data: null, byOwner: null, ofOwners: new Map(), customers };
  }

  function dataOf(h: Held): PortalData | null {
    if (h.data !== null) return h.data;
    const snapshot = collections === null ? null : snapshotOf(collections, []);
    if (snapshot === null) return null;
    const shell = portalFromSnapshot(snapshot, h.mapping).data;
    h.data = { ...shell, deals: h.deals, ...parsedCustomers(h.customers, h.deals) };
    return h.data;
  }

  /** These owners' deals when they are a small part of the portal; else the whole list, which costs less than a merge. */
  function dealsOf(h: Held, ownerIds: readonly string[]): Deal[] {
    h.byOwner ??= dealsByOwner(h.deals);
    const lists = [...new Set(ownerIds)].map((id) => h.byOwner?.get(id) ?? []);
    const count = lists.reduce((sum, list) => sum + list.length, 0);
    if (count * 4 > h.deals.length) return h.deals;
    return lists.length === 1 ? (lists[0] as Deal[]) : lists.flat().sort(byDealId);
  }

  async function heldFor(mapping: PropertyMapping): Promise<Held | null> {
    const key = keyOf(mapping);
    if (held !== null && held.key === key) return held;
    loading ??= parseAll(mapping).finally(() => (loading = null));
    const loaded = await loading;
    if (loaded === null) return null;
    // A load for another mapping may have finished first; keep the one asked for.
    if (loaded.key !== key) return parseAll(mapping);
    held = loaded;
    return held;
  }

  return {
    async portalData(mapping) {
      const h = await heldFor(mapping);
      return h === null ? null : dataOf(h);
    },
    async portalDataOf(mapping, ownerIds) {
      const h = await heldFor(mapping);
      const data = h === null ? null : dataOf(h);
      if (h === null || data === null) return null;
      const key = [...new Set(ownerIds)].sort().join(',');
      const held = h.ofOwners.get(key);
      if (held !== undefined) return held;
      const deals = dealsOf(h, ownerIds);
      const answer = deals === h.deals ? data : { ...data, deals };
      // Each team's list is kept; a portal's teams and reps are a few hundred at most.
      if (h.ofOwners.size >= MAX_OWNER_LISTS) h.ofOwners.clear();
      h.ofOwners.set(key, answer);
      return answer;
    },
    async portalShell() {
      if (shell !== null) return shell;
      collections ??= await store.collections(portalId);
      const snapshot = snapshotOf(collections, []);
      shell = snapshot === null ? null : portalFromSnapshot(snapshot, EMPTY_MAPPING).data;
      return shell;
    },
    warm(mapping) {
      if (held !== null && held.key === keyOf(mapping)) return { hot: true, progress: 1 };
      void heldFor(mapping).catch(() => undefined);
      return { hot: false, progress: parsed.of === 0 ? 0 : Math.min(1, parsed.done / parsed.of) };
    },
    cursor: () => cursor,
    dealsChanged(upserts, removals, next, customers) {
      cursor = next;
      if (held !== null) applyChanges(held, upserts, removals, customers);
      else during?.push({ upserts, removals, customers });
    },
    reload() {
      held = null;
      shell = null;
      collections = null;
    },
    collectionsChanged(changed) {
      if (collections !== null) collections = { ...collections, ...changed };
      shell = null;
      if (changed.pipelines !== undefined && during !== null) staleLoad = true;
      if (held === null) return;
      // A deal's outcome is read with its pipeline's stages: new pipelines mean parsing every deal
      // again. New owners, goals, meetings or users only change what is around the deals.
      if (changed.pipelines !== undefined) held = null;
      else {
        held.data = null;
        held.ofOwners.clear();
      }
    },
  };
}
