import type { HubSpotRecords } from '../crm/crmClient';
import { withRequestBudget } from '../crm/requestBudget';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { MirrorStore, SyncCursor } from '../store/mirrorStore';
import { backfillDeals } from './backfillDeals';
import { findRemovedDeals } from './findRemovedDeals';
import { followCustomerChanges } from './followCustomerChanges';
import { DEFAULT_OVERLAP_MS, followChanges } from './followChanges';
import type { MirrorIndex } from './mirrorIndex';
import { createMirrorIndex } from './mirrorIndex';
import { mirroredProperties, missingProperties } from './mirroredProperties';
import { reconcileDeals } from './reconcileDeals';
import { withCustomers } from './withCustomers';
import { customerColumns } from './customerColumns';
import type { CustomerProperties } from '../crm/readCustomers';
import type { PortalFallback } from './refreshCollections';
import { refreshCollections } from './refreshCollections';
import type { SyncContext } from './syncContext';
import { SyncStopped } from './syncContext';
import { countIn } from './syncQueries';
import type { SyncStatus } from './syncStatus';
import { syncStatusOf } from './syncStatus';

export interface PortalSyncOptions {
  client: HubSpotRecords;
  store: MirrorStore;
  portalId: number;
  clock: () => number;
  /** The property mapping of the current settings: its properties are mirrored too. */
  mapping: () => Promise<PropertyMapping>;
  overlapMs?: number;
  /** How often the account, owners, pipelines, goals and users are read again (default 10 minutes). */
  collectionsEveryMs?: number;
  /** How often every meeting is read again (default hourly: a large portal has many more meetings than goals). */
  meetingsEveryMs?: number;
  /**
   * How often companies and line items changed on their own are read (default 5 minutes): a
   * deal's change reads its associations at once; a company's tier changing alone waits for this.
   */
  customersEveryMs?: number;
  /** How often every id is compared with HubSpot's (default daily). */
  reconcileEveryMs?: number;
  fallbackPortal?: PortalFallback;
  /** How often a backend that follows another's sync parses the store again (default 5 minutes). */
  followReloadEveryMs?: number;
  /** The company and line-item properties the settings need; absent: deals are mirrored without their customers. */
  customers?: () => Promise<CustomerProperties>;
  /** Told after every stored page and every finished run (the terminal's progress bar). */
  onProgress?: (status: SyncStatus) => void;
}

export interface PortalSync {
  readonly index: MirrorIndex;
  /** One backfill to the end, or one incremental cycle; a call while one runs waits for it. */
  runOnce(): Promise<SyncStatus>;
  status(): SyncStatus;
  /**
   * Reads where an earlier process left the mirror, so a restarted backend serves it before its
   * first cycle ends, and starts parsing it into memory (not awaited) so the first card after a
   * restart does not pay for that.
   */
  prime(): Promise<SyncStatus>;
  /** Deals a webhook said changed or were deleted: the next cycle reads exactly these. */
  markDirty(ids: readonly string[]): void;
  /** Ends the current run at its next page boundary and starts no other. */
  stop(): Promise<void>;
  /**
   * For a backend that does not hold the sync's lease (another process syncs the shared store):
   * takes the stored state and, when it has moved on, parses the store again — at most every
   * `followReloadEveryMs`, since a large portal costs seconds to parse.
   */
  follow(): Promise<SyncStatus>;
}

const DEFAULT_COLLECTIONS_EVERY_MS = 10 * 60_000;
const DEFAULT_MEETINGS_EVERY_MS = 60 * 60_000;
const DEFAULT_CUSTOMERS_EVERY_MS = 5 * 60_000;
const DEFAULT_RECONCILE_EVERY_MS = 24 * 60 * 60_000;

/**
 * Keeps one portal's mirror (design.md "Data flow": HubSpot → src/crm → src/sync → src/store).
 * Every request it sends is `background`, so a card's read is served first by the shared
 * limiter. A run that fails leaves the mirror as the last stored page left it; the next run
 * resumes from the stored cursor.
 */
export function createPortalSync(options: PortalSyncOptions): PortalSync {
  const index = createMirrorIndex(options.store, options.portalId);
  let stopping = false;
  const ctx: SyncContext = { client: options.client, store: options.store, index, portalId: options.portalId, clock: options.clock, stopping: () => stopping, customers: options.customers };
  const dirty = new Set<string>();
  let status = syncStatusOf({ phase: 'backfill', backfillAfterId: null, backfillTotal: null, modifiedThrough: null, lastSyncAt: null, lastReconcileAt: null, dealProperties: [] }, 0, null);
  let collectionsAt: number | null = null;
  let meetingsAt: number | null = null;
  let customersAt: number | null = null;
  let reloadedAt: number | null = null;
  const due = (at: number | null, every: number) => at === null || options.clock() - at >= every;
  let running: Promise<SyncStatus> | null = null;

  const report = async (cursor: SyncCursor, error: string | null = null) => {
    status = syncStatusOf(cursor, await options.store.dealCount(options.portalId), error);
    options.onProgress?.(status);
    return status;
  };

  async function run(): Promise<SyncStatus> {
    let cursor = await options.store.cursor(options.portalId);
    try {
      const fallback = options.fallbackPortal ?? { timeZone: 'UTC', currency: 'USD' };
      if (due(collectionsAt, options.collectionsEveryMs ?? DEFAULT_COLLECTIONS_EVERY_MS)) {
        await refreshCollections(ctx, fallback, ['portal', 'owners', 'pipelines', 'goals', 'users']);
        collectionsAt = options.clock();
      }
      const properties = mirroredProperties((await options.store.collections(options.portalId)).pipelines ?? [], await options.mapping());
      cursor = await rereadWhenColumnsAreMissing(cursor, properties);
      if (cursor.phase === 'backfill') cursor = await backfillDeals(ctx, cursor, properties, (page) => report(page));
      cursor = (await followChanges(ctx, cursor, properties, options.overlapMs ?? DEFAULT_OVERLAP_MS)).cursor;
      if (options.customers !== undefined && due(customersAt, options.customersEveryMs ?? DEFAULT_CUSTOMERS_EVERY_MS)) {
        cursor = await followCustomerChanges(ctx, cursor, await options.customers(), options.overlapMs ?? DEFAULT_OVERLAP_MS);
        customersAt = options.clock();
      }
      if (due(meetingsAt, options.meetingsEveryMs ?? DEFAULT_MEETINGS_EVERY_MS)) {
        await refreshCollections(ctx, fallback, ['meetings']);
        meetingsAt = options.clock();
      }
      cursor = await settle(cursor, properties);
      // Reads the mirror into memory now (once) rather than when the first card asks.
      index.warm(await options.mapping());
      return await report(cursor);
    } catch (error) {
      if (error instanceof SyncStopped) return status;
      return report(await options.store.cursor(options.portalId), error instanceof Error ? error.message : String(error));
    }
  }

  /** A new stage, a newly mapped property or customers not read yet: every deal is read again (merged, so nothing else is lost). */
  async function rereadWhenColumnsAreMissing(cursor: SyncCursor, properties: string[]): Promise<SyncCursor> {
    const customers = options.customers === undefined ? [] : customerColumns(await options.customers());
    const held = new Set(cursor.customerProperties ?? []);
    const customersMissing = customers.some((column) => !held.has(column));
    if (cursor.phase === 'backfill' || (missingProperties(properties, cursor.dealProperties).length === 0 && !customersMissing)) return cursor;
    const next: SyncCursor = { ...cursor, phase: 'backfill', backfillAfterId: null, backfillTotal: null };
    await options.store.applyDeals(options.portalId, { upserts: [], removals: [], cursor: next });
    return next;
  }

  /** The deals a webhook named, read now: those HubSpot no longer has are removed. */
  async function readDirty(cursor: SyncCursor, properties: string[]): Promise<void> {
    const wanted = [...dirty];
    dirty.clear();
    if (wanted.length === 0) return;
    const changes = await withCustomers(ctx, await options.client.batchReadDeals(wanted, properties));
    const found = new Set(changes.upserts.map((d) => d.id));
    const removals = wanted.filter((id) => !found.has(id));
    await options.store.applyDeals(options.portalId, { ...changes, removals, cursor });
    index.dealsChanged(changes.upserts, removals, cursor, changes);
  }

  /** Webhook-dirty deals, deletions and the periodic reconcile, written with the cycle's end. */
  async function settle(cursor: SyncCursor, properties: string[]): Promise<SyncCursor> {
    await readDirty(cursor, properties);
    const total = (await options.client.searchPage('deals', countIn(null))).total;
    const removals = total === undefined ? [] : await findRemovedDeals(ctx, total);
    const upserts = [];
    const now = options.clock();
    let next: SyncCursor = { ...cursor, lastSyncAt: now };
    if (cursor.lastReconcileAt === null || now - cursor.lastReconcileAt >= (options.reconcileEveryMs ?? DEFAULT_RECONCILE_EVERY_MS)) {
      const reconciled = await reconcileDeals(ctx, properties);
      upserts.push(...reconciled.upserts);
      removals.push(...reconciled.removals);
      next = { ...next, lastReconcileAt: now };
    }
    const changes = await withCustomers(ctx, upserts);
    await options.store.applyDeals(options.portalId, { ...changes, removals, cursor: next });
    index.dealsChanged(changes.upserts, removals, next, changes);
    return next;
  }

  return {
    index,
    runOnce: () => {
      if (stopping) return Promise.resolve(status);
      running ??= withRequestBudget({ priority: 'background', deadline: null }, run).finally(() => (running = null));
      return running;
    },
    status: () => status,
    follow: async () => {
      const stored = await options.store.cursor(options.portalId);
      const held = index.cursor();
      if (stored.lastSyncAt !== (held?.lastSyncAt ?? null) && due(reloadedAt, options.followReloadEveryMs ?? 5 * 60_000)) {
        reloadedAt = options.clock();
        index.reload();
        void options.mapping().then((mapping) => index.portalData(mapping)).catch(() => undefined);
      }
      return report(stored);
    },
    prime: async () => {
      const primed = await report(await options.store.cursor(options.portalId));
      if (primed.lastSyncAt !== null) void options.mapping().then((mapping) => index.portalData(mapping)).catch(() => undefined);
      return primed;
    },
    markDirty: (ids) => ids.forEach((id) => dirty.add(id)),
    stop: async () => {
      stopping = true;
      await running;
    },
  };
}
