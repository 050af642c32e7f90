import type { SearchBody } from './crmTransport';

/**
 * HubSpot's generic object endpoints, which custom objects are reached through (and any other
 * type by id): the schemas, one record by a unique property, create, update, one search page.
 * Like CrmTransport, it answers HubSpot's JSON as plain data and throws CrmError for anything
 * that is not a success, never retrying or waiting itself.
 */
export interface ObjectsTransport {
  /** GET /crm/v3/schemas */
  schemas(): Promise<unknown>;
  /** POST /crm/v3/schemas with HubSpot's ObjectSchemaEgg. */
  createSchema(egg: object): Promise<unknown>;
  /** GET /crm/v3/objects/{type}/{key}?idProperty={keyProperty} */
  getByKey(objectType: string, keyProperty: string, key: string, properties: readonly string[]): Promise<unknown>;
  /** POST /crm/v3/objects/{type} */
  create(objectType: string, properties: Record<string, string>): Promise<unknown>;
  /** PATCH /crm/v3/objects/{type}/{key}?idProperty={keyProperty} */
  updateByKey(objectType: string, keyProperty: string, key: string, properties: Record<string, string>): Promise<unknown>;
  /** POST /crm/v3/objects/{type}/search: one page. */
  searchObjects(objectType: string, body: SearchBody): Promise<unknown>;
}
