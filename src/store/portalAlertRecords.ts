import type { Client } from '@hubspot/api-client';
import type { AlertEntry, AlertKey } from './alertLedger';
import { ALERT_RECORD_PROPERTIES, alertKeyValue } from './alertLedgerObject';
import { alertEntryOfRecord, alertRecordProperties } from './alertLedgerRecord';
import { httpStatusOf } from './hubspotClient';

const PAGE = 200;
/** Create, then patch: a third round means the record was archived and recreated under us twice. */
const MAX_WRITE_ROUNDS = 3;

/** The SDK types sorts as strings and operators as enums; HubSpot reads the JSON as written here. */
type SearchRequest = Parameters<Client['crm']['objects']['searchApi']['doSearch']>[1];

/**
 * Reading and writing the alert ledger records of one portal through the SDK. A known key is
 * read with GET by the unique `alert_key` (consistent at once); search serves only the open
 * list, and since HubSpot's search index lags writes by a few seconds, an entry written in
 * that window can be missing from it (see openPortalAlertLedger).
 */
export class PortalAlertRecords {
  constructor(
    private readonly client: Client,
    private readonly objectType: string,
    private readonly portalId: number,
  ) {}

  async byKey(key: AlertKey): Promise<AlertEntry | null> {
    try {
      const found = await this.client.crm.objects.basicApi.getById(this.objectType, alertKeyValue(key), [...ALERT_RECORD_PROPERTIES], undefined, undefined, false, 'alert_key');
      return alertEntryOfRecord(found, this.portalId);
    } catch (e) {
      if (httpStatusOf(e) === 404) return null;
      throw e;
    }
  }

  /**
   * Creates the entry's record, or, when HubSpot refuses the create because the key exists
   * (409 on the unique `alert_key`), overwrites that record. Repeating it is harmless, so a
   * create the SDK retried after a lost reply needs no write id: its 409 becomes a patch.
   */
  async write(entry: AlertEntry): Promise<void> {
    const properties = alertRecordProperties(entry);
    const known = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));
    for (let round = 0; round < MAX_WRITE_ROUNDS; round++) {
      if ((await this.attempt(() => this.client.crm.objects.basicApi.create(this.objectType, { properties: known, associations: [] }), 409)) === 'done') return;
      if ((await this.attempt(() => this.client.crm.objects.basicApi.update(this.objectType, properties.alert_key, { properties }, 'alert_key'), 404)) === 'done') return;
    }
    throw new Error(`alert ledger record ${properties.alert_key} of portal ${this.portalId} could not be written: it kept appearing and vanishing`);
  }

  /**
   * The open entries of one period, in key order. Pages are keyed on `hs_object_id > last
   * seen`, so HubSpot's 10,000-results-per-query cap never bites; the filters are checked
   * again on each entry, so a looser string match in search cannot widen the list.
   */
  async openOf(period: string): Promise<AlertEntry[]> {
    const entries: AlertEntry[] = [];
    for (let after = '0'; ; ) {
      const page = await this.searchOpen(period, after);
      entries.push(...page.map((r) => alertEntryOfRecord(r, this.portalId)));
      const last = page.at(-1);
      if (page.length < PAGE || last === undefined) break;
      after = last.id;
    }
    return entries.filter((e) => e.period === period && e.resolvedAt === null).sort(byKey);
  }

  private async attempt(call: () => Promise<unknown>, refusal: number): Promise<'done' | 'refused'> {
    try {
      await call();
      return 'done';
    } catch (e) {
      if (httpStatusOf(e) === refusal) return 'refused';
      throw e;
    }
  }

  private async searchOpen(period: string, after: string): Promise<Array<{ id: string }>> {
    const request = {
      filterGroups: [
        {
          filters: [
            { propertyName: 'portal_id', operator: 'EQ', value: String(this.portalId) },
            { propertyName: 'period', operator: 'EQ', value: period },
            { propertyName: 'resolved_at', operator: 'NOT_HAS_PROPERTY' },
            { propertyName: 'hs_object_id', operator: 'GT', value: after },
          ],
        },
      ],
      sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
      properties: [...ALERT_RECORD_PROPERTIES],
      limit: PAGE,
    };
    const response = await this.client.crm.objects.searchApi.doSearch(this.objectType, request as unknown as SearchRequest);
    return response.results;
  }
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
