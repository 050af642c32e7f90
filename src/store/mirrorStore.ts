import { z } from 'zod';
import type { CrmObject, HubSpotOwner, HubSpotPipeline, HubSpotUser, Snapshot } from '../domain/snapshot';
import { crmObjectSchema, ownerSchema, pipelineSchema, portalInfoSchema, userSchema } from '../domain/snapshot';

/**
 * The portal mirror (design.md "Two deployments": the backend reads a copy of the portal kept
 * by src/sync). It holds HubSpot's own shapes, exactly what a snapshot holds, so the mirror is
 * read with the same portalFromSnapshot as a snapshot file and a mirrored number can only differ
 * from a snapshot's by which records are there, never by how one is read.
 */

/** Where the sync stands; saved in the same transaction as the records it covers. */
export const syncCursorSchema = z.object({
  /** backfill: paging every deal by id; incremental: following hs_lastmodifieddate. */
  phase: z.enum(['backfill', 'incremental']),
  /** The highest deal id the backfill has stored (ids ascending); null before the first page. */
  backfillAfterId: z.string().nullable(),
  /** Deals HubSpot counted when the backfill began: the denominator of its progress. */
  backfillTotal: z.number().int().nonnegative().nullable(),
  /** Highest hs_lastmodifieddate (epoch ms) the mirror has seen; the next cycle reads from it minus an overlap. */
  modifiedThrough: z.number().nullable(),
  /** When a cycle last finished (epoch ms); null before the first. */
  lastSyncAt: z.number().nullable(),
  /** When every deal id was last compared with HubSpot's (epoch ms). */
  lastReconcileAt: z.number().nullable(),
  /** The deal properties the mirrored deals hold; a new stage or mapping re-reads the missing ones. */
  dealProperties: z.array(z.string()),
  /**
   * What the mirrored deals' customers were read with ("company:<property>", "line_item:<property>");
   * absent: the deals were mirrored without their companies and line items.
   */
  customerProperties: z.array(z.string()).optional(),
  /**
   * Highest hs_lastmodifieddate (epoch ms) seen of the mirrored companies and line items, which
   * change on their own feed; absent: not followed yet (a mirror without customers).
   */
  customersModifiedThrough: z.object({ companies: z.number(), line_items: z.number() }).optional(),
});
export type SyncCursor = z.infer<typeof syncCursorSchema>;

export const EMPTY_CURSOR: SyncCursor = {
  phase: 'backfill',
  backfillAfterId: null,
  backfillTotal: null,
  modifiedThrough: null,
  lastSyncAt: null,
  lastReconcileAt: null,
  dealProperties: [],
};

/** The portal-wide collections the sync replaces whole on their own cadence. */
export interface MirrorCollections {
  portal: Snapshot['portal'] | null;
  owners: HubSpotOwner[] | null;
  pipelines: HubSpotPipeline[] | null;
  /** goal_targets; null: never read (the KPIs that need them are not_configured). */
  goals: CrmObject[] | null;
  meetings: CrmObject[] | null;
  users: HubSpotUser[] | null;
}

export type CollectionName = keyof MirrorCollections;

/** How each collection is checked when it is written and read back (a store never serves a shape it did not validate). */
export const mirrorCollectionSchemas = {
  portal: portalInfoSchema,
  owners: z.array(ownerSchema),
  pipelines: z.array(pipelineSchema),
  goals: z.array(crmObjectSchema),
  meetings: z.array(crmObjectSchema),
  users: z.array(userSchema),
} satisfies Record<CollectionName, z.ZodType>;

export interface MirrorContents extends MirrorCollections {
  /** Every mirrored deal, ascending by numeric id. */
  deals: CrmObject[];
  cursor: SyncCursor;
}

/** The records beside the deals that the customer and product KPIs read, in HubSpot's shapes. */
export interface CustomerRecords {
  companies: CrmObject[];
  lineItems: CrmObject[];
}

/** The kinds of record the mirror holds one by one, by HubSpot's object type names. */
export type MirroredKind = 'deals' | CustomerKind;
/** The records beside the deals that the customer and product KPIs read. */
export type CustomerKind = 'companies' | 'line_items';

/** How each kind is named in the store's `object_type` column. */
export const CUSTOMER_RECORD_TYPES = { companies: 'companies', lineItems: 'line_items' } as const;

/** One sync step, written atomically: a crash leaves the mirror as before it, or as after it. */
export interface DealChanges {
  /** Deals as HubSpot answered them now; a deal already mirrored has its properties merged. */
  upserts: CrmObject[];
  /** The companies associated with the upserted deals, as HubSpot answered them now (replacing the stored ones). */
  companies?: CrmObject[];
  /** The line items of the upserted won deals, as HubSpot answered them now. */
  lineItems?: CrmObject[];
  /** Ids of deals archived or deleted in HubSpot. */
  removals: string[];
  cursor: SyncCursor;
}

export interface MirrorStore {
  /** The whole mirror of one portal (an empty one, with EMPTY_CURSOR, before the first sync). */
  load(portalId: number): Promise<MirrorContents>;
  cursor(portalId: number): Promise<SyncCursor>;
  /** The collections alone, without reading every deal. */
  collections(portalId: number): Promise<MirrorCollections>;
  applyDeals(portalId: number, changes: DealChanges): Promise<void>;
  replaceCollection<K extends CollectionName>(portalId: number, name: K, value: NonNullable<MirrorCollections[K]>): Promise<void>;
  /**
   * Every mirrored deal in ascending id order, one at a time: a million raw deals never have to
   * be in memory at once (the index keeps only their parsed form).
   */
  forEachDeal(portalId: number, visit: (deal: CrmObject) => void): Promise<void>;
  /** The mirrored companies or line items in ascending id order, one at a time, as forEachDeal reads deals. */
  forEachCustomer(portalId: number, kind: CustomerKind, visit: (record: CrmObject) => void): Promise<void>;
  /**
   * The stored records of one kind among these ids (any order; ids not held are left out): the
   * sync asks which records it holds already, and as what, before it asks HubSpot for them.
   */
  storedRecords(portalId: number, kind: MirroredKind, ids: readonly string[]): Promise<CrmObject[]>;
  /** Ids of every mirrored deal, for the reconcile against HubSpot's. */
  dealIds(portalId: number): Promise<string[]>;
  dealCount(portalId: number): Promise<number>;
  /** Forgets the portal's mirror (deals, collections, cursor): the next sync backfills anew. */
  clear(portalId: number): Promise<void>;
}

/**
 * A stored deal read back: the store wrote it after checking it against HubSpot's shape, so
 * reading a million of them checks only what the engine relies on (an id and string-or-null
 * properties) by hand; a full zod parse of each would dominate loading the mirror.
 * Answers null for a record that is not a deal any more (a bad hand edit), which the store
 * reports as corrupt.
 */
export function storedDeal(value: unknown): CrmObject | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, properties } = value as { id?: unknown; properties?: unknown };
  if (typeof id !== 'string' || id === '' || typeof properties !== 'object' || properties === null) return null;
  for (const v of Object.values(properties)) if (v !== null && typeof v !== 'string') return null;
  return value as CrmObject;
}

/** HubSpot's record ids are decimal integers; anything else names no mirrored record. */
export const isRecordId = (id: string): boolean => /^[0-9]{1,18}$/.test(id);

/** Companies and line items handed to the mirror: a record that is not in HubSpot's shape is refused, with the step. */
export function checkedRecords(records: readonly CrmObject[] | undefined): CrmObject[] {
  const list = records ?? [];
  for (const record of list) {
    if (storedDeal(record) === null || !isRecordId(record.id)) throw new RangeError(`record ${JSON.stringify(record.id)} cannot be mirrored: not a HubSpot record with a numeric id`);
  }
  return [...list];
}

/** The stored record with HubSpot's newer answer over it: new values win, columns it did not send stay. */
export function mergeDeal(stored: CrmObject, fresh: CrmObject): CrmObject {
  return { ...stored, ...fresh, properties: { ...stored.properties, ...fresh.properties } };
}
