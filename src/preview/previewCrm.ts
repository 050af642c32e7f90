import { createCrmGateway } from '../crm/createCrmGateway';
import type { CrmObject } from '../domain/snapshot';
import type { PreviewTask, RecordSummary } from './previewApi';

export type RecordType = 'deals' | 'companies' | 'contacts';

/**
 * What the preview page needs from the CRM that no extension asks the backend for: a few
 * records to open and the tasks the alert scan created. In HubSpot the record page itself
 * knows these; here the host reads them, through the real SDK, from the emulator or the
 * portal (HUBSPOT_ACCESS_TOKEN). The app's own reads stay in src/crm.
 */
export interface PreviewCrm {
  /** The latest records of these owners (any owner's when null). */
  listRecords(type: RecordType, ownerIds: readonly string[] | null, limit: number): Promise<RecordSummary[]>;
  /** null when the CRM has no such record. */
  recordProperties(type: RecordType, id: string, names: readonly string[]): Promise<Record<string, string | null> | null>;
  recentTasks(limit: number): Promise<PreviewTask[]>;
  createRecord(type: RecordType, properties: Record<string, string>): Promise<string>;
}

const LIST_PROPERTIES: Record<RecordType, string[]> = {
  deals: ['dealname', 'amount', 'dealstage', 'closedate', 'hubspot_owner_id'],
  companies: ['name', 'domain', 'hubspot_owner_id'],
  contacts: ['firstname', 'lastname', 'email', 'hubspot_owner_id'],
};

const prop = (r: CrmObject, name: string): string | null => r.properties[name] ?? null;

function summarize(type: RecordType, r: CrmObject): RecordSummary {
  const ownerId = prop(r, 'hubspot_owner_id');
  if (type === 'deals') {
    const amount = Number(prop(r, 'amount') ?? Number.NaN);
    return { id: r.id, label: prop(r, 'dealname') ?? `Deal ${r.id}`, ownerId, ownerName: null, amount: Number.isFinite(amount) ? amount : null, detail: null };
  }
  if (type === 'companies') return { id: r.id, label: prop(r, 'name') ?? `Company ${r.id}`, ownerId, ownerName: null, amount: null, detail: prop(r, 'domain') };
  const name = [prop(r, 'firstname'), prop(r, 'lastname')].filter((p) => p !== null).join(' ');
  return { id: r.id, label: name === '' ? `Contact ${r.id}` : name, ownerId, ownerName: null, amount: null, detail: prop(r, 'email') };
}

const TASK_PROPERTIES = ['hs_task_subject', 'hs_task_body', 'hubspot_owner_id', 'hs_task_priority', 'hs_task_status', 'hs_createdate'];

/**
 * Through src/crm's object endpoints, so the preview's own reads share the gateway's rate
 * limiter, retries and request counts with everything else that talks to HubSpot.
 */
export function createPreviewCrm(options: { accessToken: string; basePath?: string }): PreviewCrm {
  const objects = createCrmGateway(options).objects;
  return {
    async listRecords(type, ownerIds, limit) {
      const filters = ownerIds === null ? [] : [{ propertyName: 'hubspot_owner_id', operator: 'IN' as const, values: [...ownerIds] }];
      // Deals closing latest first: the open ones, whose card shows what closing them would do.
      const sort = type === 'deals' ? 'closedate' : 'hs_lastmodifieddate';
      const page = await objects.searchPage(type, { filterGroups: filters.length === 0 ? [] : [{ filters }], sorts: [{ propertyName: sort, direction: 'DESCENDING' }], properties: LIST_PROPERTIES[type], limit, after: '0' });
      return page.map((r) => summarize(type, r));
    },
    async recordProperties(type, id, names) {
      const record = await objects.getByKey(type, 'hs_object_id', id, names);
      return record === null ? null : Object.fromEntries(names.map((n) => [n, prop(record, n)]));
    },
    async recentTasks(limit) {
      const page = await objects.searchPage('tasks', { filterGroups: [], sorts: [{ propertyName: 'hs_createdate', direction: 'DESCENDING' }], properties: TASK_PROPERTIES, limit, after: '0' });
      return page.map((r) => ({
        id: r.id,
        subject: prop(r, 'hs_task_subject') ?? `Task ${r.id}`,
        body: prop(r, 'hs_task_body'),
        ownerId: prop(r, 'hubspot_owner_id'),
        priority: prop(r, 'hs_task_priority'),
        status: prop(r, 'hs_task_status'),
        createdAt: prop(r, 'hs_createdate'),
      }));
    },
    async createRecord(type, properties) {
      // No unique key is written, so a refusal of the create stands as it is.
      return (await objects.create(type, 'hs_object_id', properties)).record.id;
    },
  };
}
