import type { z } from 'zod';
import type { CrmObject, HubSpotOwner, HubSpotPipeline, HubSpotUser } from '../domain/snapshot';
import { userSchema } from '../domain/snapshot';
import { CrmError, deadlineExceeded, isRetryableCreate, tooLarge } from './crmError';
import { currentRequestBudget, remainingMs } from './requestBudget';
import type { AssociatedType, CrmTransport, CustomerObjectType, DefinedType, ObjectInput, SearchableType, SearchBody } from './crmTransport';
import type { AssociatedRecord } from './associationReads';
import { ASSOCIATION_BATCH_SIZE } from './associationReads';
import type { AccountDetails, PropertyDefinition } from './hubspotResponses';
import type { ObjectsApi } from './objectsApi';
import { createObjectsApi } from './objectsApi';
import type { ObjectsTransport } from './objectsTransport';
import {
  accountDetailsSchema,
  associationsBatchSchema,
  objectsPageSchema,
  batchReadSchema,
  crmObjectResponseSchema,
  ownersPageSchema,
  pipelinesSchema,
  propertyDefinitionSchema,
  propertyDefinitionsSchema,
  usersPageSchema,
} from './hubspotResponses';
import type { PortalLimiter, RequestCategory } from './portalLimiter';
import type { RequestStats } from './requestStats';
import { copyStats, emptyStats } from './requestStats';
import type { SearchLimits } from './searchLimits';
import { HUBSPOT_SEARCH_LIMITS } from './searchLimits';
import type { SearchPage } from './searchAll';
import { searchAll, searchPageSchema } from './searchAll';
import type { SearchSpec } from './searchPlan';
import { planSearch } from './searchPlan';
import type { RetryPolicy } from './withRetries';
import { withRetries } from './withRetries';

/**
 * HubSpot in its own shapes (the snapshot's): every answer validated with zod, every request
 * through the portal's rate limiter and the retry policy. The gateway turns these into engine
 * types; `kpi snapshot` writes them out as they are.
 */
export interface CrmClient {
  owners(): Promise<HubSpotOwner[]>;
  pipelines(): Promise<HubSpotPipeline[]>;
  /** null when HubSpot has no such deal (404). */
  deal(id: string, properties: readonly string[]): Promise<CrmObject | null>;
  search(objectType: SearchableType, spec: SearchSpec): Promise<CrmObject[]>;
  /** One search request as given (the sync pages itself to save its cursor after each page). */
  searchPage(objectType: SearchableType, body: SearchBody): Promise<SearchPage>;
  /** The deals that still exist, each with the properties; missing ids are simply absent. */
  batchReadDeals(ids: readonly string[], properties: readonly string[]): Promise<CrmObject[]>;
  /** null when the token may not read users (403: the settings.users scope is missing). */
  users(): Promise<HubSpotUser[] | null>;
  user(userId: string): Promise<HubSpotUser | null>;
  dealPropertyDefinitions(): Promise<PropertyDefinition[]>;
  /** One deal or company property's definition; null when the portal has no such property (404). */
  propertyDefinition(objectType: DefinedType, name: string): Promise<PropertyDefinition | null>;
  /** null when the endpoint is not there (an emulator without it) or not allowed. */
  accountDetails(): Promise<AccountDetails | null>;
  /** Every forecast submission (Forecasts API, beta); null when HubSpot refuses (no crm.objects.forecasts.read, no Sales Hub Professional). */
  forecasts(properties: readonly string[]): Promise<CrmObject[] | null>;
  createTask(input: ObjectInput): Promise<CrmObject>;
  updateTask(id: string, properties: Record<string, string>): Promise<CrmObject>;
  /** Custom objects and the generic object endpoints, on this client's limiter, retries and stats. */
  readonly objects: ObjectsApi;
  /** POST /crm/v3/objects/tasks/batch/read, 100 ids a request: the tasks HubSpot still has (deleted ones are left out). */
  batchReadTasks(ids: readonly string[]): Promise<CrmObject[]>;
  /**
   * The records of type `to` associated with each id: 1,000 ids a request (HubSpot's limit),
   * an id's further pages asked for with its `after`. An id with none is absent from the map.
   */
  associations(from: AssociatedType, to: AssociatedType, ids: readonly string[]): Promise<Map<string, AssociatedRecord[]>>;
  /** Companies or line items by id, 100 a request; ids HubSpot does not have are left out. */
  batchReadObjects(objectType: CustomerObjectType, ids: readonly string[], properties: readonly string[]): Promise<CrmObject[]>;
  stats(): RequestStats;
}

/**
 * HubSpot's records in its own shapes, read-only: what the mirror and `kpi snapshot` copy as
 * they are and the loaders filter. Reached through the gateway (`gateway.records`), never by
 * building a client.
 */
export type HubSpotRecords = Omit<CrmClient, 'objects' | 'createTask' | 'updateTask' | 'stats'>;

export interface CrmClientDeps {
  transport: CrmTransport;
  limiter: PortalLimiter;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  retryPolicy?: RetryPolicy;
  searchLimits?: SearchLimits;
  /** How long one HubSpot call may take before it counts as not answered (default 10 s). */
  callTimeoutMs?: number;
  /** The object endpoints (custom objects); a client without them refuses every such call. */
  objects?: ObjectsTransport;
  /** The time one more search page costs at the limiter's rate (default 5 per 1,150 ms), for planning reads. */
  searchPageMs?: number;
}

const DEFAULT_SEARCH_PAGE_MS = 230;

const NO_OBJECTS = (): Promise<never> => Promise.reject(new CrmError({ kind: 'unavailable', status: 0, message: 'this HubSpot connection has no object endpoints' }));
const noObjectsTransport: ObjectsTransport = { schemas: NO_OBJECTS, createSchema: NO_OBJECTS, getByKey: NO_OBJECTS, create: NO_OBJECTS, updateByKey: NO_OBJECTS, searchObjects: NO_OBJECTS };

export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

/** HubSpot's batch endpoints take at most 100 inputs. */
const BATCH_READ_SIZE = 100;

/**
 * One call's answer, or a deadline_exceeded error after `ms`: a CRM that never answers must not
 * hold a card past its budget. The SDK call itself cannot be cancelled; its late answer is dropped.
 */
function withinMs<T>(ms: number, call: Promise<T>, operation: string): Promise<T> {
  if (!Number.isFinite(ms)) return call;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlineExceeded(`${operation} took longer than ${Math.round(ms)} ms`)), Math.max(0, ms));
    timer.unref?.();
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

/** An answer that does not have HubSpot's documented shape: reported, not retried. */
function parse<S extends z.ZodType>(schema: S, value: unknown, operation: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw new CrmError({ kind: 'unavailable', status: 200, message: `unexpected HubSpot answer to ${operation} at ${where}: ${issue?.message ?? 'invalid'}` });
}

const nullWhen = async <T>(statuses: number[], run: () => Promise<T>): Promise<T | null> => {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CrmError && statuses.includes(error.status)) return null;
    throw error;
  }
};

export function createCrmClient(deps: CrmClientDeps): CrmClient {
  const { transport, limiter } = deps;
  const limits = deps.searchLimits ?? HUBSPOT_SEARCH_LIMITS;
  const stats = emptyStats();
  const callTimeoutMs = deps.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;

  /**
   * A card's read that HubSpot's `total` shows cannot finish before its deadline at the search
   * rate is refused after its first page (too_large), not left to run into the timeout.
   */
  const affordable = () => {
    const budget = currentRequestBudget();
    return (pagesLeft: number): void => {
      if (pagesLeft * (deps.searchPageMs ?? DEFAULT_SEARCH_PAGE_MS) > remainingMs(budget)) throw tooLarge(pagesLeft);
    };
  };

  function request<S extends z.ZodType>(operation: string, category: RequestCategory, schema: S, send: () => Promise<unknown>, retryable?: (error: CrmError) => boolean): Promise<z.infer<S>> {
    const budget = currentRequestBudget();
    const attempt = async (): Promise<unknown> => {
      await limiter.acquire(category, budget);
      stats.requests++;
      if (category === 'search') stats.searches++;
      stats.byOperation[operation] = (stats.byOperation[operation] ?? 0) + 1;
      return withinMs(Math.min(callTimeoutMs, remainingMs(budget)), send(), operation);
    };
    const onRetry = (error: CrmError): void => {
      stats.retries++;
      if (error.kind === 'rate_limited') stats.rateLimited++;
    };
    return withRetries(attempt, { sleep: deps.sleep, random: deps.random, policy: deps.retryPolicy, retryable, onRetry, deadline: budget.deadline }).then((value) => parse(schema, value, operation));
  }

  async function allPages<T>(first: (after: string | undefined) => Promise<{ results: T[]; paging?: { next?: { after: string } } }>): Promise<T[]> {
    const all: T[] = [];
    let after: string | undefined;
    do {
      const page = await first(after);
      all.push(...page.results);
      after = page.paging?.next?.after;
    } while (after !== undefined);
    return all;
  }

  const ownersOf = (archived: boolean) => allPages((after) => request('owners', 'general', ownersPageSchema, () => transport.ownersPage(after, archived)));

  return {
    owners: async () => [...(await ownersOf(false)), ...(await ownersOf(true))],
    pipelines: async () => (await request('pipelines', 'general', pipelinesSchema, () => transport.dealPipelines())).results,
    deal: (id, properties) => nullWhen([404], () => request('deal', 'general', crmObjectResponseSchema, () => transport.getDeal(id, properties))),
    search: (objectType, spec) =>
      searchAll(planSearch(spec, limits), (body) => request(`search ${objectType}`, 'search', searchPageSchema, () => transport.search(objectType, body)), limits, affordable()),
    searchPage: (objectType, body) => request(`search ${objectType}`, 'search', searchPageSchema, () => transport.search(objectType, body)),
    batchReadDeals: async (ids, properties) => {
      const found: CrmObject[] = [];
      for (let i = 0; i < ids.length; i += BATCH_READ_SIZE) {
        const batch = ids.slice(i, i + BATCH_READ_SIZE);
        found.push(...(await request('batch read deals', 'general', batchReadSchema, () => transport.batchReadDeals(batch, properties))).results);
      }
      return found;
    },
    users: () => nullWhen([403], () => allPages((after) => request('users', 'general', usersPageSchema, () => transport.usersPage(after)))),
    user: (userId) => nullWhen([403, 404], () => request('user', 'general', userSchema, () => transport.getUser(userId))),
    dealPropertyDefinitions: async () => (await request('properties', 'general', propertyDefinitionsSchema, () => transport.dealPropertyDefinitions())).results,
    propertyDefinition: (objectType, name) => nullWhen([404], () => request(`property ${objectType}`, 'general', propertyDefinitionSchema, () => transport.propertyDefinition(objectType, name))),
    accountDetails: () => nullWhen([403, 404], () => request('account', 'general', accountDetailsSchema, () => transport.accountDetails())),
    forecasts: (properties) => nullWhen([403], () => allPages((after) => request('forecasts', 'general', objectsPageSchema, () => transport.forecastsPage(after, properties)))),
    createTask: (input) => request('create task', 'general', crmObjectResponseSchema, () => transport.createTask(input), isRetryableCreate),
    updateTask: (id, properties) => request('update task', 'general', crmObjectResponseSchema, () => transport.updateTask(id, properties)),
    objects: createObjectsApi(deps.objects ?? noObjectsTransport, request),
    batchReadTasks: async (ids) => {
      const found: CrmObject[] = [];
      for (let i = 0; i < ids.length; i += BATCH_READ_SIZE) {
        const batch = ids.slice(i, i + BATCH_READ_SIZE);
        found.push(...(await request('batch read tasks', 'general', batchReadSchema, () => transport.batchReadTasks(batch))).results);
      }
      return found;
    },
    associations: async (from, to, ids) => {
      const found = new Map<string, AssociatedRecord[]>();
      let pending: { id: string; after?: string }[] = [...new Set(ids)].map((id) => ({ id }));
      while (pending.length > 0) {
        const batch = pending.slice(0, ASSOCIATION_BATCH_SIZE);
        pending = pending.slice(ASSOCIATION_BATCH_SIZE);
        const answer = await request(`associations ${from} to ${to}`, 'general', associationsBatchSchema, () => transport.batchReadAssociations(from, to, batch));
        for (const result of answer.results) {
          const id = (result.from ?? result._from)?.id as string;
          const list = found.get(id) ?? [];
          list.push(...result.to.map((t) => ({ id: t.toObjectId, typeIds: t.associationTypes.map((a) => a.typeId) })));
          found.set(id, list);
          const after = result.paging?.next?.after;
          if (after !== undefined) pending.push({ id, after });
        }
      }
      return found;
    },
    batchReadObjects: async (objectType, ids, properties) => {
      const unique = [...new Set(ids)];
      const batches: string[][] = [];
      for (let i = 0; i < unique.length; i += BATCH_READ_SIZE) batches.push(unique.slice(i, i + BATCH_READ_SIZE));
      // The batches are independent: asked together, the limiter paces them, one round trip in all.
      const answers = await Promise.all(batches.map((batch) => request(`batch read ${objectType}`, 'general', batchReadSchema, () => transport.batchReadObjects(objectType, batch, properties))));
      return answers.flatMap((answer) => answer.results);
    },
    stats: () => copyStats(stats),
  };
}
