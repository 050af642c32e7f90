import type { Pool, PoolClient } from 'pg';
import type { z } from 'zod';
import { crmObjectSchema, type CrmObject } from '../domain/snapshot';
import { CorruptRecordError } from './corruptRecordError';
import { CUSTOMER_RECORD_TYPES, EMPTY_CURSOR, checkedRecords, isRecordId, mergeDeal, mirrorCollectionSchemas, storedDeal, syncCursorSchema, type CollectionName, type MirrorCollections, type MirrorStore, type SyncCursor } from './mirrorStore';
import { inTransaction } from './pgPool';
import { firstIssue } from './storeInputs';

const UPSERT_RECORDS = `
  INSERT INTO mirror_records (portal_id, object_type, record_id, record)
  SELECT $1, $2, (r->>'id')::bigint, r FROM jsonb_array_elements($3::jsonb) AS r
  ON CONFLICT (portal_id, object_type, record_id) DO UPDATE SET record = excluded.record`;

const COLLECTIONS = Object.keys(mirrorCollectionSchemas) as CollectionName[];
const FOREACH_PAGE = 5_000;

/**
 * Upserts in one statement, with mergeDeal's rule in SQL: HubSpot's newer answer over the stored
 * record, and the properties it did not send again kept.
 */
const UPSERT_DEALS = `
  INSERT INTO mirror_deals (portal_id, deal_id, record)
  SELECT $1, (d->>'id')::bigint, d FROM jsonb_array_elements($2::jsonb) AS d
  ON CONFLICT (portal_id, deal_id) DO UPDATE
    SET record = mirror_deals.record || excluded.record
      || jsonb_build_object('properties', (mirror_deals.record->'properties') || (excluded.record->'properties'))`;

/**
 * The portal mirror in PostgreSQL (design.md "Two deployments"): one jsonb row per deal keyed
 * by its numeric id (as in SQLite, so id order is the primary key's order), one row per
 * portal-wide collection, one cursor row. `applyDeals` writes the upserts, the removals and the
 * cursor in one transaction, so a backend killed mid-step leaves the mirror and its cursor as
 * before the step, and the backend that takes the sync over resumes from a cursor that matches.
 */
export function pgMirrorStore(pool: Pool): MirrorStore {
  return {
    async load(portalId) {
      const [deals, collections, cursor] = await Promise.all([readDeals(pool, portalId), readCollections(pool, portalId), readCursor(pool, portalId)]);
      return { ...collections, deals, cursor };
    },
    cursor: (portalId) => readCursor(pool, portalId),
    collections: (portalId) => readCollections(pool, portalId),
    async applyDeals(portalId, changes) {
      const cursor = checked(syncCursorSchema, changes.cursor, 'the sync cursor');
      const upserts = mergeRepeats(changes.upserts.map(checkedDeal));
      const removals = changes.removals.filter(isRecordId);
      const companies = lastOfEach(checkedRecords(changes.companies));
      const lineItems = lastOfEach(checkedRecords(changes.lineItems));
      await inTransaction(pool, async (client) => {
        if (upserts.length > 0) await client.query(UPSERT_DEALS, [portalId, JSON.stringify(upserts)]);
        if (companies.length > 0) await client.query(UPSERT_RECORDS, [portalId, CUSTOMER_RECORD_TYPES.companies, JSON.stringify(companies)]);
        if (lineItems.length > 0) await client.query(UPSERT_RECORDS, [portalId, CUSTOMER_RECORD_TYPES.lineItems, JSON.stringify(lineItems)]);
        if (removals.length > 0) await client.query('DELETE FROM mirror_deals WHERE portal_id = $1 AND deal_id = ANY($2::bigint[])', [portalId, removals]);
        await writeCursor(client, portalId, cursor);
      });
    },
    async replaceCollection(portalId, name, value) {
      const parsed = checked(mirrorCollectionSchemas[name] as z.ZodType<unknown>, value, `the ${name} collection`);
      await pool.query(
        'INSERT INTO mirror_collections (portal_id, name, value) VALUES ($1, $2, $3::jsonb) ON CONFLICT (portal_id, name) DO UPDATE SET value = excluded.value',
        [portalId, name, JSON.stringify(parsed)],
      );
    },
    /** Keyset pages of FOREACH_PAGE deals by id, so a million raw deals are never in memory at once. */
    forEachDeal: (portalId, visit) =>
      keysetPages(pool, 'SELECT deal_id AS id, record FROM mirror_deals WHERE portal_id = $1 AND deal_id > $2 ORDER BY deal_id LIMIT $3', [portalId], (record) => {
        const deal = storedDeal(record);
        if (deal === null) throw new CorruptRecordError(`a mirrored deal of portal ${portalId}`, "not in HubSpot's shape");
        visit(deal);
      }),
    forEachCustomer: (portalId, kind, visit) =>
      keysetPages(pool, 'SELECT record_id AS id, record FROM mirror_records WHERE portal_id = $1 AND object_type = $4 AND record_id > $2 ORDER BY record_id LIMIT $3', [portalId, kind], (record) =>
        visit(stored(crmObjectSchema, record, `a mirrored ${kind === 'companies' ? 'company' : 'line item'} of portal ${portalId}`)),
      ),
    async storedRecords(portalId, kind, ids) {
      const wanted = ids.filter(isRecordId);
      const what = `a mirrored ${kind === 'deals' ? 'deal' : kind === 'companies' ? 'company' : 'line item'} of portal ${portalId}`;
      const r =
        kind === 'deals'
          ? await pool.query<{ record: unknown }>('SELECT record FROM mirror_deals WHERE portal_id = $1 AND deal_id = ANY($2::bigint[])', [portalId, wanted])
          : await pool.query<{ record: unknown }>('SELECT record FROM mirror_records WHERE portal_id = $1 AND object_type = $2 AND record_id = ANY($3::bigint[])', [portalId, kind, wanted]);
      return r.rows.map((row) => stored(crmObjectSchema, row.record, what));
    },
    async dealIds(portalId) {
      const r = await pool.query<{ id: string }>('SELECT deal_id::text AS id FROM mirror_deals WHERE portal_id = $1 ORDER BY deal_id', [portalId]);
      return r.rows.map((row) => row.id);
    },
    async clear(portalId) {
      await inTransaction(pool, async (client) => {
        for (const table of ['mirror_deals', 'mirror_collections', 'mirror_cursors', 'mirror_records']) await client.query(`DELETE FROM ${table} WHERE portal_id = $1`, [portalId]);
      });
    },
    async dealCount(portalId) {
      const r = await pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM mirror_deals WHERE portal_id = $1', [portalId]);
      return r.rows[0]?.n ?? 0;
    },
  };
}


/** Every row of a keyset-paged query (`$2` the last id seen, `$3` the page size), FOREACH_PAGE at a time. */
async function keysetPages(pool: Pool, sql: string, [portalId, ...rest]: [number, ...string[]], visit: (record: unknown) => void): Promise<void> {
  let after = -1;
  for (;;) {
    const r = await pool.query<{ id: number; record: unknown }>(sql, [portalId, after, FOREACH_PAGE, ...rest]);
    for (const row of r.rows) visit(row.record);
    const last = r.rows.at(-1);
    if (last === undefined || r.rows.length < FOREACH_PAGE) return;
    after = last.id;
  }
}

/** A value the mirror is handed is checked like any boundary input: a bad one is refused whole. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RangeError(`${what} cannot be mirrored: ${firstIssue(parsed.error)}`);
  return parsed.data;
}

function checkedDeal(deal: CrmObject): CrmObject {
  const checkedDeal = checked(crmObjectSchema, deal, `deal ${deal.id}`);
  if (!isRecordId(checkedDeal.id)) throw new RangeError(`deal ${JSON.stringify(deal.id)} cannot be mirrored: its id is not a HubSpot record id`);
  return checkedDeal;
}

/** One step may list a deal twice (two pages around a modification); the later answer is merged over the earlier. */
function mergeRepeats(deals: CrmObject[]): CrmObject[] {
  const byId = new Map<string, CrmObject>();
  for (const deal of deals) {
    const earlier = byId.get(deal.id);
    byId.set(deal.id, earlier === undefined ? deal : mergeDeal(earlier, deal));
  }
  return [...byId.values()];
}

/** One statement cannot upsert a key twice; the last answer for a record is the one kept. */
function lastOfEach(records: CrmObject[]): CrmObject[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

async function readDeals(pool: Pool, portalId: number): Promise<CrmObject[]> {
  const r = await pool.query<{ record: unknown }>('SELECT record FROM mirror_deals WHERE portal_id = $1 ORDER BY deal_id', [portalId]);
  return r.rows.map((row) => stored(crmObjectSchema, row.record, `a mirrored deal of portal ${portalId}`));
}

async function readCollections(pool: Pool, portalId: number): Promise<MirrorCollections> {
  const r = await pool.query<{ name: string; value: unknown }>('SELECT name, value FROM mirror_collections WHERE portal_id = $1', [portalId]);
  const found = new Map(r.rows.map((row) => [row.name, row.value]));
  const entries = COLLECTIONS.map((name) => {
    const value = found.get(name);
    return [name, value === undefined ? null : stored(mirrorCollectionSchemas[name] as z.ZodType<unknown>, value, `the mirrored ${name} of portal ${portalId}`)];
  });
  return Object.fromEntries(entries) as MirrorCollections;
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
