import { z } from 'zod';
import { plainJson, sdkClient } from '../crm/sdkClient';
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

const objectSchema = z.object({ id: z.string(), properties: z.record(z.string(), z.string().nullable().optional()) });
const pageSchema = z.object({ results: z.array(objectSchema) });
type CrmRecord = z.infer<typeof objectSchema>;

const prop = (r: CrmRecord, name: string): string | null => r.properties[name] ?? null;

function summarize(type: RecordType, r: CrmRecord): RecordSummary {
  const ownerId = prop(r, 'hubspot_owner_id');
  if (type === 'deals') {
    const amount = Number(prop(r, 'amount') ?? Number.NaN);
    return { id: r.id, label: prop(r, 'dealname') ?? `Deal ${r.id}`, ownerId, ownerName: null, amount: Number.isFinite(amount) ? amount : null, detail: null };
  }
  if (type === 'companies') return { id: r.id, label: prop(r, 'name') ?? `Company ${r.id}`, ownerId, ownerName: null, amount: null, detail: prop(r, 'domain') };
  const name = [prop(r, 'firstname'), prop(r, 'lastname')].filter((p) => p !== null).join(' ');
  return { id: r.id, label: name === '' ? `Contact ${r.id}` : name, ownerId, ownerName: null, amount: null, detail: prop(r, 'email') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The SDK's own retries stay off (sdkTransport.ts explains why); a 429 here waits and tries again. */
async function politely<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 429 || attempt >= 6) throw error;
      await sleep(500 * (attempt + 1));
    }
  }
}


export function createPreviewCrm(options: { accessToken: string; basePath?: string }): PreviewCrm {
  const client = sdkClient(options, 0);
  const objects = { search: client.crm.objects.searchApi, basic: client.crm.objects.basicApi };
  return {
    async listRecords(type, ownerIds, limit) {
      const filters = ownerIds === null ? [] : [{ propertyName: 'hubspot_owner_id', operator: 'IN' as const, values: [...ownerIds] }];
      // Deals closing latest first: the open ones, whose card shows what closing them would do.
      const sort = type === 'deals' ? 'closedate' : 'hs_lastmodifieddate';
      const body = { filterGroups: filters.length === 0 ? [] : [{ filters }], sorts: [{ propertyName: sort, direction: 'DESCENDING' }], properties: LIST_PROPERTIES[type], limit, after: '0' };
      const page = pageSchema.parse(plainJson(await politely(() => objects.search.doSearch(type, body as never))));
      return page.results.map((r) => summarize(type, r));
    },
    async recordProperties(type, id, names) {
      try {
        const record = objectSchema.parse(plainJson(await politely(() => objects.basic.getById(type, id, [...names]))));
        return Object.fromEntries(names.map((n) => [n, prop(record, n)]));
      } catch (error) {
        if ((error as { code?: unknown }).code === 404) return null;
        throw error;
      }
    },
    async recentTasks(limit) {
      const body = { filterGroups: [], sorts: [{ propertyName: 'hs_createdate', direction: 'DESCENDING' }], properties: ['hs_task_subject', 'hs_task_body', 'hubspot_owner_id', 'hs_task_priority', 'hs_task_status', 'hs_createdate'], limit, after: '0' };
      const page = pageSchema.parse(plainJson(await politely(() => objects.search.doSearch('tasks', body as never))));
      return page.results.map((r) => ({
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
      const created = objectSchema.parse(plainJson(await politely(() => objects.basic.create(type, { properties, associations: [] }))));
      return created.id;
    },
  };
}
