import type { AlertEntry, AlertKey } from './alertLedger';
import { ALERT_RECORD_PROPERTIES, alertKeyValue } from './alertLedgerObject';
import { alertEntryOfRecord, alertRecordProperties } from './alertLedgerRecord';
import type { PortalRecords } from './portalRecords';

const PAGE = 200;
/** Create, then update: a third round means the record was archived and recreated under us twice. */
const MAX_WRITE_ROUNDS = 3;

/**
 * Reading and writing the alert ledger records of one portal. A known key is read by the
 * unique `alert_key` (consistent at once); search serves only the open list, and since
 * HubSpot's search index lags writes by a few seconds, an entry written in that window can be
 * missing from it (see openPortalAlertLedger).
 */
export async function alertRecord(records: PortalRecords, key: AlertKey): Promise<AlertEntry | null> {
  const found = await records.byKey(alertKeyValue(key), ALERT_RECORD_PROPERTIES);
  return found === null ? null : alertEntryOfRecord(found, records.portalId);
}

/**
 * Creates the entry's record or, when one already holds its key, overwrites that record.
 * Repeating it is harmless, so a create the gateway retried after a lost reply needs no write
 * id: finding its own record, it updates it to the same values.
 */
export async function writeAlertRecord(records: PortalRecords, entry: AlertEntry): Promise<void> {
  const properties = alertRecordProperties(entry);
  const known = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));
  for (let round = 0; round < MAX_WRITE_ROUNDS; round++) {
    if ((await records.create(known)).outcome === 'created') return;
    if ((await records.update(properties.alert_key, properties)) !== null) return;
  }
  throw new Error(`alert ledger record ${properties.alert_key} of portal ${records.portalId} could not be written: it kept appearing and vanishing`);
}

/**
 * The open entries of one period, in key order. Pages are keyed on `hs_object_id > last
 * seen`, so HubSpot's 10,000-results-per-query cap never bites; the filters are checked
 * again on each entry, so a looser string match in search cannot widen the list.
 */
export async function openAlertRecords(records: PortalRecords, period: string): Promise<AlertEntry[]> {
  const entries: AlertEntry[] = [];
  for (let after = '0'; ; ) {
    const page = await records.search(
      [
        { propertyName: 'period', operator: 'EQ', value: period },
        { propertyName: 'resolved_at', operator: 'NOT_HAS_PROPERTY' },
        { propertyName: 'hs_object_id', operator: 'GT', value: after },
      ],
      [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
      ALERT_RECORD_PROPERTIES,
      PAGE,
    );
    entries.push(...page.map((r) => alertEntryOfRecord(r, records.portalId)));
    const last = page.at(-1);
    if (page.length < PAGE || last === undefined) break;
    after = last.id;
  }
  return entries.filter((e) => e.period === period && e.resolvedAt === null).sort(byKey);
}

/** The SQLite ledger's order (pipeline, stages, group), comparing ids code unit by code unit as SQLite does. */
function byKey(a: AlertEntry, b: AlertEntry): number {
  const parts = (e: AlertEntry) => [e.pipelineId, e.fromStageId, e.toStageId, e.groupType, e.groupId];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < pa.length; i++) {
    const [x, y] = [pa[i] ?? '', pb[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
