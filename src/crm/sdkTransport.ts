import type { CrmTransport, ObjectInput, SearchableType, SearchBody } from './crmTransport';
import type { ObjectsTransport } from './objectsTransport';
import { plainJson, sdkClient } from './sdkClient';
import { crmErrorFromResponse, sdkErrorToCrmError } from './sdkErrorToCrmError';

export interface SdkTransportOptions {
  accessToken: string;
  /** e.g. the emulator's base URL; HubSpot's own API when absent. */
  basePath?: string;
  clock: () => number;
}

/**
 * The gateway's transport over the SDK. Its own retries and Bottleneck limiter stay off
 * (`numberOfApiCallRetries: 0`, no `limiterOptions`) so that the gateway's policy is the
 * only one. The SDK installs its decorators process-wide and applies them when an API object
 * is first created, so every API used here is created at once, before any other client could
 * change them.
 */
export function createSdkTransport(options: SdkTransportOptions): CrmTransport & ObjectsTransport {
  const client = sdkClient(options, 0);
  const api = {
    dealsSearch: client.crm.deals.searchApi,
    dealsBasic: client.crm.deals.basicApi,
    dealsBatch: client.crm.deals.batchApi,
    meetingsSearch: client.crm.objects.meetings.searchApi,
    tasksSearch: client.crm.objects.tasks.searchApi,
    tasksBasic: client.crm.objects.tasks.basicApi,
    tasksBatch: client.crm.objects.tasks.batchApi,
    goalsSearch: client.crm.objects.goals.searchApi,
    companiesSearch: client.crm.companies.searchApi,
    lineItemsSearch: client.crm.lineItems.searchApi,
    owners: client.crm.owners.ownersApi,
    pipelines: client.crm.pipelines.pipelinesApi,
    properties: client.crm.properties.coreApi,
    users: client.settings.users.usersApi,
    schemas: client.crm.schemas.coreApi,
    objectsBasic: client.crm.objects.basicApi,
    objectsSearch: client.crm.objects.searchApi,
    associationsBatch: client.crm.associations.v4.batchApi,
    companiesBatch: client.crm.companies.batchApi,
    lineItemsBatch: client.crm.lineItems.batchApi,
  };
  const searchApis = { deals: api.dealsSearch, meetings: api.meetingsSearch, tasks: api.tasksSearch, goal_targets: api.goalsSearch, companies: api.companiesSearch, line_items: api.lineItemsSearch };

  async function call(run: () => Promise<unknown>): Promise<unknown> {
    try {
      return plainJson(await run());
    } catch (error) {
      throw sdkErrorToCrmError(error, options.clock());
    }
  }

  return {
    // The SDK types `sorts` as strings; HubSpot documents sort objects, which it passes through.
    search: (objectType: SearchableType, body: SearchBody) =>
      call(() => searchApis[objectType].doSearch(body as unknown as Parameters<typeof api.dealsSearch.doSearch>[0])),
    getDeal: (id, properties) => call(() => api.dealsBasic.getById(id, [...properties], undefined, undefined, false)),
    batchReadDeals: (ids, properties) => call(() => api.dealsBatch.read({ inputs: ids.map((id) => ({ id })), properties: [...properties], propertiesWithHistory: [] }, false)),
    ownersPage: (after, archived) => call(() => api.owners.getPage(undefined, after, 500, archived)),
    dealPipelines: () => call(() => api.pipelines.getAll('deals')),
    dealPropertyDefinitions: () => call(() => api.properties.getAll('deals', false)),
    propertyDefinition: (objectType, name) => call(() => api.properties.getByName(objectType, name, false)),
    usersPage: (after) => call(() => api.users.getPage(100, after)),
    getUser: (userId) => call(() => api.users.getById(userId, 'USER_ID')),
    createTask: (input: ObjectInput) => call(() => api.tasksBasic.create({ properties: input.properties, associations: (input.associations ?? []) as never })),
    updateTask: (id, properties) => call(() => api.tasksBasic.update(id, { properties })),
    // The SDK types schema property types and search operators as enums; HubSpot reads the JSON as written.
    schemas: () => call(() => api.schemas.getAll()),
    createSchema: (egg) => call(() => api.schemas.create(egg as Parameters<typeof api.schemas.create>[0])),
    getByKey: (objectType, keyProperty, key, properties) => call(() => api.objectsBasic.getById(objectType, key, [...properties], undefined, undefined, false, keyProperty)),
    create: (objectType, properties) => call(() => api.objectsBasic.create(objectType, { properties, associations: [] })),
    updateByKey: (objectType, keyProperty, key, properties) => call(() => api.objectsBasic.update(objectType, key, { properties }, keyProperty)),
    searchObjects: (objectType: string, body: SearchBody) => call(() => api.objectsSearch.doSearch(objectType, body as unknown as Parameters<typeof api.objectsSearch.doSearch>[1])),
    batchReadAssociations: (from, to, inputs) => call(() => api.associationsBatch.getPage(from, to, { inputs: inputs.map((i) => ({ ...i })) })),
    batchReadObjects: (objectType, ids, properties) => {
      const batch = objectType === 'companies' ? api.companiesBatch : api.lineItemsBatch;
      return call(() => batch.read({ inputs: ids.map((id) => ({ id })), properties: [...properties], propertiesWithHistory: [] }, false));
    },
    batchReadTasks: (ids) => call(() => api.tasksBatch.read({ inputs: ids.map((id) => ({ id })), properties: ['hs_task_status'], propertiesWithHistory: [] }, false)),
    accountDetails: () => call(() => getJson('/account-info/v3/details')),
    // The SDK has no forecasts API; the guide documents this path, which the generic client reaches as written.
    forecastsPage: (after, properties) => call(() => getJson('/crm/objects/v3/forecasts', { limit: 100, properties: properties.join(','), ...(after === undefined ? {} : { after }) })),
  };

  /** A GET the SDK has no API object for, through its own request method (auth, base path). */
  async function getJson(path: string, qs?: Record<string, string | number>): Promise<unknown> {
    const response = await client.apiRequest({ method: 'GET', path, ...(qs === undefined ? {} : { qs }) });
    const text = await response.text();
    const body: unknown = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const headers: Record<string, string> = {};
      response.headers.forEach((value: string, name: string) => (headers[name] = value));
      throw crmErrorFromResponse(response.status, body, headers, options.clock());
    }
    return body;
  }
}
