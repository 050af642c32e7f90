import type Database from 'better-sqlite3';
import type { CrmObject } from '../domain/snapshot';
import { CorruptRecordError } from './corruptRecordError';
import type { CollectionName, DealChanges, MirrorCollections, MirrorContents, MirrorStore, SyncCursor } from './mirrorStore';
import { CUSTOMER_RECORD_TYPES, EMPTY_CURSOR, checkedRecords, isRecordId, mergeDeal, mirrorCollectionSchemas, storedDeal, syncCursorSchema } from './mirrorStore';

/** Deals read per page by forEachDeal. */
const FOREACH_PAGE = 2_000;

const COLLECTIONS: readonly CollectionName[] = ['portal', 'owners', 'pipelines', 'goals', 'meetings', 'users'];

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CorruptRecordError(`the mirror's ${what}`, 'not valid JSON');
  }
}

/**
 * The mirror in the backend's SQLite file (src/store mirrorStore). A deal's JSON is stored as
 * HubSpot sent it; upserts merge properties into the stored record, so a re-read of one new
 * column keeps the others. Every applyDeals is one immediate transaction with the cursor.
 */
export function sqliteMirrorStore(db: Database.Database): MirrorStore {
  const getDeal = db.prepare('SELECT json FROM mirror_deals WHERE portal_id = ? AND deal_id = ?').pluck();
  const putDeal = db.prepare('INSERT OR REPLACE INTO mirror_deals (portal_id, deal_id, json) VALUES (?, ?, ?)');
  const delDeal = db.prepare('DELETE FROM mirror_deals WHERE portal_id = ? AND deal_id = ?');
  const allDeals = db.prepare('SELECT json FROM mirror_deals WHERE portal_id = ? ORDER BY deal_id').pluck();
  const dealsAfter = db.prepare('SELECT deal_id AS key, json FROM mirror_deals WHERE portal_id = ? AND deal_id > ? ORDER BY deal_id LIMIT ?');
  const ids = db.prepare('SELECT deal_id FROM mirror_deals WHERE portal_id = ? ORDER BY deal_id').pluck();
  const count = db.prepare('SELECT COUNT(*) FROM mirror_deals WHERE portal_id = ?').pluck();
  const getDoc = db.prepare('SELECT json FROM mirror_documents WHERE portal_id = ? AND name = ?').pluck();
  const clearDeals = db.prepare('DELETE FROM mirror_deals WHERE portal_id = ?');
  const clearDocs = db.prepare('DELETE FROM mirror_documents WHERE portal_id = ?');
  const putRecord = db.prepare('INSERT OR REPLACE INTO mirror_records (portal_id, object_type, record_id, json) VALUES (?, ?, ?, ?)');
  const clearRecords = db.prepare('DELETE FROM mirror_records WHERE portal_id = ?');
  const recordsAfter = db.prepare('SELECT record_id AS key, json FROM mirror_records WHERE portal_id = ? AND object_type = ? AND record_id > ? ORDER BY record_id LIMIT ?');
  const dealsIn = db.prepare('SELECT json FROM mirror_deals WHERE portal_id = ? AND deal_id IN (SELECT value FROM json_each(?))').pluck();
  const recordsIn = db.prepare('SELECT json FROM mirror_records WHERE portal_id = ? AND object_type = ? AND record_id IN (SELECT value FROM json_each(?))').pluck();
  const clear = db.transaction((portalId: number) => {
    clearDeals.run(portalId);
    clearDocs.run(portalId);
    clearRecords.run(portalId);
  });
  const putDoc = db.prepare('INSERT OR REPLACE INTO mirror_documents (portal_id, name, json) VALUES (?, ?, ?)');

  const readDeal = (text: string): CrmObject => {
    const deal = storedDeal(parseJson(text, 'deal'));
    if (deal === null) throw new CorruptRecordError('a mirrored deal', "not in HubSpot's shape");
    return deal;
  };
  const readCursor = (portalId: number): SyncCursor => {
    const text = getDoc.get(portalId, 'cursor') as string | undefined;
    if (text === undefined) return EMPTY_CURSOR;
    const parsed = syncCursorSchema.safeParse(parseJson(text, 'sync cursor'));
    if (!parsed.success) throw new CorruptRecordError("the mirror's sync cursor", 'not in its shape');
    return parsed.data;
  };
  const readCollection = <K extends CollectionName>(portalId: number, name: K): MirrorCollections[K] => {
    const text = getDoc.get(portalId, name) as string | undefined;
    if (text === undefined) return null;
    const parsed = mirrorCollectionSchemas[name].safeParse(parseJson(text, name));
    if (!parsed.success) throw new CorruptRecordError(`the mirror's ${name}`, "not in HubSpot's shape");
    return parsed.data as MirrorCollections[K];
  };

  const apply = db.transaction((portalId: number, changes: DealChanges) => {
    for (const deal of changes.upserts) {
      const stored = getDeal.get(portalId, Number(deal.id)) as string | undefined;
      const merged = stored === undefined ? deal : mergeDeal(readDeal(stored), deal);
      putDeal.run(portalId, Number(deal.id), JSON.stringify(merged));
    }
    for (const id of changes.removals) delDeal.run(portalId, Number(id));
    for (const record of checkedRecords(changes.companies)) putRecord.run(portalId, CUSTOMER_RECORD_TYPES.companies, Number(record.id), JSON.stringify(record));
    for (const record of checkedRecords(changes.lineItems)) putRecord.run(portalId, CUSTOMER_RECORD_TYPES.lineItems, Number(record.id), JSON.stringify(record));
    putDoc.run(portalId, 'cursor', JSON.stringify(syncCursorSchema.parse(changes.cursor)));
  });

  const readCollections = (portalId: number): MirrorCollections => {
    const collections: Partial<Record<CollectionName, unknown>> = {};
    for (const name of COLLECTIONS) collections[name] = readCollection(portalId, name);
    return collections as MirrorCollections;
  };

  return {
    load: async (portalId): Promise<MirrorContents> => ({ ...readCollections(portalId), deals: (allDeals.all(portalId) as string[]).map(readDeal), cursor: readCursor(portalId) }),
    cursor: async (portalId) => readCursor(portalId),
    collections: async (portalId) => readCollections(portalId),
    applyDeals: async (portalId, changes) => {
      apply.immediate(portalId, changes);
    },
    replaceCollection: async (portalId, name, value) => {
      putDoc.run(portalId, name, JSON.stringify(mirrorCollectionSchemas[name].parse(value)));
    },
    // Keyset pages with a turn of the event loop between them: reading a million deals takes
    // tens of seconds, during which the backend must still answer its cards and /healthz.
    forEachDeal: (portalId, visit) => keysetPages((after) => dealsAfter.all(portalId, after, FOREACH_PAGE) as Row[], (json) => visit(readDeal(json))),
    forEachCustomer: (portalId, kind, visit) =>
      keysetPages((after) => recordsAfter.all(portalId, kind, after, FOREACH_PAGE) as Row[], (json) => visit(readRecord(json, kind === 'companies' ? 'company' : 'line item'))),
    storedRecords: async (portalId, kind, wanted) => {
      const list = JSON.stringify(wanted.filter(isRecordId).map(Number));
      if (kind === 'deals') return (dealsIn.all(portalId, list) as string[]).map(readDeal);
      return (recordsIn.all(portalId, kind, list) as string[]).map((text) => readRecord(text, kind === 'companies' ? 'company' : 'line item'));
    },
    dealIds: async (portalId) => (ids.all(portalId) as number[]).map(String),
    dealCount: async (portalId) => count.get(portalId) as number,
    clear: async (portalId) => {
      clear.immediate(portalId);
    },
  };
}

/** A row of a keyset-paged read: its numeric id and its JSON. */
interface Row {
  key: number;
  json: string;
}

/** Every row of a keyset-paged query, FOREACH_PAGE at a time, yielding to the event loop between pages. */
async function keysetPages(page: (after: number) => Row[], visit: (json: string) => void): Promise<void> {
  let after = -1;
  for (;;) {
    const rows = page(after);
    for (const row of rows) visit(row.json);
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < FOREACH_PAGE) return;
    after = last.key;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A company or line item read back; like a deal, checked for an id and string properties only. */
function readRecord(text: string, what: string): CrmObject {
  const record = storedDeal(parseJson(text, what));
  if (record === null) throw new CorruptRecordError(`a mirrored ${what}`, "not in HubSpot's shape");
  return record;
}
