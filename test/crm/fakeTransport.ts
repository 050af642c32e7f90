import type { CrmObject, HubSpotOwner, HubSpotPipeline, HubSpotUser } from '../../src/domain/snapshot';
import { CrmError } from '../../src/crm/crmError';
import type { AssociatedType, CrmTransport, CustomerObjectType, ObjectInput, SearchBody, SearchFilter, SearchableType } from '../../src/crm/crmTransport';
import { HUBSPOT_SEARCH_LIMITS } from '../../src/crm/searchLimits';

/**
 * An in-memory HubSpot for unit tests: search with HubSpot's semantics and limits (groups
 * ORed, filters ANDed, numeric comparison of numbers and dates, 3,000-char bodies, no page
 * past 10,000 results), owners in pages, and scripted failures queued per operation.
 */
export interface FakePortal {
  owners: HubSpotOwner[];
  pipelines: HubSpotPipeline[];
  users: HubSpotUser[] | 'forbidden';
  objects: Partial<Record<SearchableType | CustomerObjectType, CrmObject[]>>;
}

export interface FakeTransport extends CrmTransport {
  calls: { operation: string; body?: SearchBody }[];
  /** Failures thrown, in order, by the next calls of an operation. */
  failNext(operation: string, ...errors: CrmError[]): void;
}

const numeric = (v: string): number | null => {
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return /^\d{4}-\d{2}-\d{2}/.test(v) && Number.isFinite(t) ? t : null;
};

function compare(raw: string | null | undefined, want: string): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (raw === want) return 0;
  const a = numeric(raw);
  const b = numeric(want);
  if (a !== null && b !== null) return a - b;
  return raw.toLowerCase() < want.toLowerCase() ? -1 : raw.toLowerCase() > want.toLowerCase() ? 1 : 0;
}

function matches(o: CrmObject, f: SearchFilter): boolean {
  const raw = f.propertyName === 'hs_object_id' ? o.id : o.properties[f.propertyName];
  const c = (v: string | undefined): number | null => (v === undefined ? null : compare(raw, v));
  switch (f.operator) {
    case 'IN':
      return (f.values ?? []).some((v) => c(v) === 0);
    case 'EQ':
      return c(f.value) === 0;
    case 'NEQ':
      return c(f.value) !== 0;
    case 'GT':
      return (c(f.value) ?? -1) > 0;
    case 'GTE':
      return (c(f.value) ?? -1) >= 0;
    case 'LT':
      return (c(f.value) ?? 1) < 0;
    case 'BETWEEN':
      return (c(f.value) ?? -1) >= 0 && (c(f.highValue) ?? 1) <= 0;
    default:
      throw new Error(`fake transport: ${f.operator} not supported`);
  }
}

const badRequest = (message: string): CrmError => new CrmError({ kind: 'bad_request', status: 400, message, correlationId: 'fake' });

function checkLimits(body: SearchBody): void {
  const L = HUBSPOT_SEARCH_LIMITS;
  const filters = body.filterGroups.reduce((n, g) => n + g.filters.length, 0);
  if (JSON.stringify(body).length > L.maxBodyChars) throw badRequest('body too long');
  if (body.filterGroups.length > L.maxGroups || filters > L.maxFilters) throw badRequest('too many filters');
  if (body.filterGroups.some((g) => g.filters.length > L.maxFiltersPerGroup)) throw badRequest('too many filters in a group');
  if (body.limit > L.pageSize) throw badRequest('limit too large');
  if (Number(body.after ?? 0) + body.limit > L.maxResults) throw badRequest('paging past 10,000 results');
}

const sortedById = new WeakMap<CrmObject[], CrmObject[]>();

function search(all: CrmObject[], body: SearchBody): unknown {
  checkLimits(body);
  let sorted = sortedById.get(all);
  if (sorted === undefined || sorted.length !== all.length) {
    sorted = [...all].sort((a, b) => Number(a.id) - Number(b.id));
    sortedById.set(all, sorted);
  }
  const hits = sorted.filter((o) => body.filterGroups.length === 0 || body.filterGroups.some((g) => g.filters.every((f) => matches(o, f))));
  const offset = Number(body.after ?? 0);
  const results = hits.slice(offset, offset + body.limit).map((o) => ({
    id: o.id,
    properties: Object.fromEntries(body.properties.filter((p) => p in o.properties).map((p) => [p, o.properties[p]])),
  }));
  const next = offset + body.limit < hits.length ? { paging: { next: { after: String(offset + body.limit) } } } : {};
  return { total: hits.length, results, ...next };
}

export function createFakeTransport(portal: FakePortal): FakeTransport {
  const calls: FakeTransport['calls'] = [];
  const failures = new Map<string, CrmError[]>();
  const record = (operation: string, body?: SearchBody): void => {
    calls.push(body ? { operation, body } : { operation });
    const queued = failures.get(operation);
    const next = queued?.shift();
    if (next) throw next;
  };
  let taskSeq = 900_000;
  return {
    calls,
    failNext: (operation, ...errors) => failures.set(operation, [...(failures.get(operation) ?? []), ...errors]),
    search: async (type, body) => (record(`search ${type}`, body), search(portal.objects[type] ?? [], body)),
    getDeal: async (id, properties) => {
      record('deal');
      const deal = (portal.objects.deals ?? []).find((d) => d.id === id);
      if (!deal) throw new CrmError({ kind: 'not_found', status: 404, message: 'no such deal' });
      return { id, properties: Object.fromEntries(properties.filter((p) => p in deal.properties).map((p) => [p, deal.properties[p]])) };
    },
    batchReadDeals: async (ids, properties) => {
      record('batch read deals');
      const wanted = new Set(ids);
      const found = (portal.objects.deals ?? []).filter((d) => wanted.has(d.id));
      return { results: found.map((d) => ({ id: d.id, properties: Object.fromEntries(properties.filter((p) => p in d.properties).map((p) => [p, d.properties[p]])) })) };
    },
    ownersPage: async (after, archived) => {
      record('owners');
      const owners = portal.owners.filter((o) => (o.archived ?? false) === archived);
      const start = Number(after ?? 0);
      const next = start + 2 < owners.length ? { paging: { next: { after: String(start + 2) } } } : {};
      return { results: owners.slice(start, start + 2), ...next };
    },
    dealPipelines: async () => (record('pipelines'), { results: portal.pipelines }),
    dealPropertyDefinitions: async () => (record('properties'), { results: [{ name: 'amount', label: 'Amount', type: 'number', fieldType: 'number' }] }),
    propertyDefinition: async (objectType, name) => {
      record(`property ${objectType}`);
      if (objectType === 'deals' && name === 'amount') return { name: 'amount', label: 'Amount', type: 'number', fieldType: 'number', options: [] };
      throw new CrmError({ kind: 'not_found', status: 404, message: `Unable to find property ${name}` });
    },
    usersPage: async () => {
      record('users');
      if (portal.users === 'forbidden') throw new CrmError({ kind: 'unauthorized', status: 403, message: 'missing scope' });
      return { results: portal.users };
    },
    getUser: async (userId) => {
      record('user');
      const user = portal.users === 'forbidden' ? undefined : portal.users.find((u) => u.id === userId);
      if (!user) throw new CrmError({ kind: 'not_found', status: 404, message: 'no such user' });
      return user;
    },
    accountDetails: async () => (record('account'), { portalId: 42, timeZone: 'Asia/Shanghai', companyCurrency: 'CNY' }),
    forecastsPage: async () => (record('forecasts'), { results: [] }),
    createTask: async (input: ObjectInput) => {
      record('create task');
      const task = { id: String((taskSeq += 1)), properties: input.properties };
      (portal.objects.tasks ??= []).push(task);
      return task;
    },
    updateTask: async (id, properties) => {
      record('update task');
      const task = (portal.objects.tasks ?? []).find((t) => t.id === id);
      if (!task) throw new CrmError({ kind: 'not_found', status: 404, message: 'no such task' });
      task.properties = { ...task.properties, ...properties };
      return task;
    },
    batchReadTasks: async (ids) => {
      record('batch read tasks');
      return { status: 'COMPLETE', results: (portal.objects.tasks ?? []).filter((t) => ids.includes(t.id)) };
    },
    batchReadAssociations: async (from, to, inputs) => {
      record(`associations ${from} to ${to}`);
      if (inputs.length > 1000) throw new CrmError({ kind: 'bad_request', status: 400, message: 'Batch input limit exceeded' });
      const results = inputs.flatMap(({ id }) => {
        const links = associatedIds(portal, from, to, id);
        return links.length === 0 ? [] : [{ from: { id }, to: links.map((l) => ({ toObjectId: l.id, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: l.typeId }] })) }];
      });
      return { status: 'COMPLETE', results };
    },
    batchReadObjects: async (type, ids, properties) => {
      record(`batch read ${type}`);
      const wanted = new Set(ids);
      const found = (portal.objects[type] ?? []).filter((o) => wanted.has(o.id));
      return { results: found.map((o) => ({ id: o.id, properties: Object.fromEntries(properties.filter((p) => p in o.properties).map((p) => [p, o.properties[p]])) })) };
    },
  };
}

/** The deal's stored associations, or the deals naming the company (HubSpot keeps both ends). */
function associatedIds(portal: FakePortal, from: AssociatedType, to: AssociatedType, id: string): { id: string; typeId: number }[] {
  const typeId = (type: string | undefined) => (type === 'deal_to_company' ? (from === 'deals' ? 5 : 6) : 0);
  if (from === 'deals') {
    const deal = (portal.objects.deals ?? []).find((d) => d.id === id);
    return (deal?.associations?.[to]?.results ?? []).map((r) => ({ id: r.id, typeId: typeId(r.type) }));
  }
  return (portal.objects.deals ?? []).flatMap((d) => (d.associations?.[from]?.results ?? []).filter((r) => r.id === id).map((r) => ({ id: d.id, typeId: typeId(r.type) })));
}

/** A clock that only moves when someone sleeps: waits take no real time and are measurable. */
export function fakeTime(start = 0): { clock: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}
