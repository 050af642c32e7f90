import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { byNumericId } from '../domain/byNumericId';
import { crmObjectSchema, ownerSchema, pipelineSchema, portalInfoSchema, userSchema, type CrmObject } from '../domain/snapshot';
import { CorruptRecordError } from './corruptRecordError';
import { EMPTY_CURSOR, syncCursorSchema, type CollectionName, type MirrorCollections, type MirrorStore, type SyncCursor } from './mirrorStore';
import { inTransaction } from './pgPool';
import { firstIssue } from './storeInputs';

/** How each collection reads back; a row that no longer matches is a CorruptRecordError naming it. */
const COLLECTION_SCHEMAS: { [K in CollectionName]: z.ZodType<NonNullable<MirrorCollections[K]>> } = {
  portal: portalInfoSchema,
  owners: z.array(ownerSchema),
  pipelines: z.array(pipelineSchema),
  goals: z.array(crmObjectSchema),
  meetings: z.array(crmObjectSchema),
  users: z.array(userSchema),
};
const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/** Upserts in one statement: a known deal keeps the properties HubSpot did not send again. */
const UPSERT_DEALS = `
  INSERT INTO mirror_deals (portal_id, deal_id, record)
  SELECT $1, d->>'id', d FROM jsonb_array_elements($2::jsonb) AS d
  ON CONFLICT (portal_id, deal_id) DO UPDATE
    SET record = excluded.record || jsonb_build_object('properties', (mirror_deals.record->'properties') || (excluded.record->'properties'))`;

/**
 * The portal mirror in PostgreSQL (design.md "Two deployments"): one jsonb row per deal in
 * HubSpot's own shape, one row per portal-wide collection, one cursor row. `applyDeals` writes
 * the upserts, the removals and the cursor in one transaction, so a backend killed mid-step
 * leaves the mirror and its cursor as before the step, and the next holder of the sync lease
 * resumes from a cursor that matches the records.
 */
export function pgMirrorStore(pool: Pool): MirrorStore {
  return {
    async load(portalId) {
      const [deals, collections, cursor] = await Promise.all([readDeals(pool, portalId), readCollections(pool, portalId), readCursor(pool, portalId)]);
      return { ...collections, deals, cursor };
    },
    cursor: (portalId) => readCursor(pool, portalId),
    async applyDeals(portalId, changes) {
      const cursor = checked(syncCursorSchema, changes.cursor, 'the sync cursor');
      const upserts = mergeRepeats(changes.upserts.map((d) => checked(crmObjectSchema, d, `deal ${d.id}`)));
      await inTransaction(pool, async (client) => {
        if (upserts.length > 0) await client.query(UPSERT_DEALS, [portalId, JSON.stringify(upserts)]);
        if (changes.removals.length > 0) await client.query('DELETE FROM mirror_deals WHERE portal_id = $1 AND deal_id = ANY($2::text[])', [portalId, changes.removals]);
        await writeCursor(client, portalId, cursor);
      });
    },
    async replaceCollection(portalId, name, value) {
      const schema = COLLECTION_SCHEMAS[name] as z.ZodType<unknown> | undefined;
      if (schema === undefined) throw new RangeError(`the mirror has no collection ${String(name)}`);
      const parsed = checked(schema, value, `the ${name} collection`);
      await pool.query(
        'INSERT INTO mirror_collections (portal_id, name, value) VALUES ($1, $2, $3::jsonb) ON CONFLICT (portal_id, name) DO UPDATE SET value = excluded.value',
        [portalId, name, JSON.stringify(parsed)],
      );
    },
    async dealIds(portalId) {
      const r = await pool.query<{ id: string }>('SELECT deal_id AS id FROM mirror_deals WHERE portal_id = $1', [portalId]);
      return r.rows.sort(byNumericId).map((row) => row.id);
    },
    async dealCount(portalId) {
      const r = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM mirror_deals WHERE portal_id = $1', [portalId]);
      return r.rows[0]?.n ?? 0;
    },
  };
}

/** A value the mirror is handed is checked like any boundary input: a bad one is refused whole. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RangeError(`${what} cannot be mirrored: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

/** One step may list a deal twice (two pages around a modification); the later answer wins property by property. */
function mergeRepeats(deals: CrmObject[]): CrmObject[] {
  const byId = new Map<string, CrmObject>();
  for (const deal of deals) {
    const earlier = byId.get(deal.id);
    byId.set(deal.id, earlier === undefined ? deal : { ...deal, properties: { ...earlier.properties, ...deal.properties } });
  }
  return [...byId.values()];
}

async function readDeals(pool: Pool, portalId: number): Promise<CrmObject[]> {
  const r = await pool.query<{ record: unknown }>('SELECT record FROM mirror_deals WHERE portal_id = $1', [portalId]);
  return r.rows.map((row) => stored(crmObjectSchema, row.record, `a mirrored deal of portal ${portalId}`)).sort(byNumericId);
}

async function readCollections(pool: Pool, portalId: number): Promise<MirrorCollections> {
  const r = await pool.query<{ name: string; value: unknown }>('SELECT name, value FROM mirror_collections WHERE portal_id = $1', [portalId]);
  const found = new Map(r.rows.map((row) => [row.name, row.value]));
  const entries = COLLECTIONS.map((name) => {
    const value = found.get(name);
    return [name, value === undefined ? null : stored(COLLECTION_SCHEMAS[name] as z.ZodType<unknown>, value, `the mirrored ${name} of portal ${portalId}`)];
  });
  return Object.fromEntries(entries) as unknown as MirrorCollections;
}

async function readCursor(pool: Pool, portalId: number): Promise<SyncCursor> {
  const r = await pool.query<{ cursor: unknown }>('SELECT cursor FROM mirror_cursors WHERE portal_id = $1', [portalId]);
  const row = r.rows[0];
  return row === undefined ? EMPTY_CURSOR : stored(syncCursorSchema, row.cursor, `the sync cursor of portal ${portalId}`);
}

async function writeCursor(client: PoolClient, portalId: number, cursor: SyncCursor): Promise<void> {
  await client.query('INSERT INTO mirror_cursors (portal_id, cursor) VALUES ($1, $2::jsonb) ON CONFLICT (portal_id) DO UPDATE SET cursor = excluded.cursor', [
    portalId,
    JSON.stringify(cursor),
  ]);
}

function stored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CorruptRecordError(what, firstIssue(parsed.error));
  return parsed.data;
}
