import { z } from 'zod';
import type { CrmObject } from '../domain/snapshot';
import { crmObjectSchema } from '../domain/snapshot';
import { CrmError } from './crmError';
import type { SearchBody } from './crmTransport';
import type { ObjectsTransport } from './objectsTransport';
import type { RequestCategory } from './portalLimiter';

/** A request through the client's limiter, retries, deadline and stats (crmClient.ts), its answer checked with `schema`. */
export type ClientRequest = <S extends z.ZodType>(operation: string, category: RequestCategory, schema: S, send: () => Promise<unknown>) => Promise<z.infer<S>>;

/** The body of POST /crm/v3/schemas (HubSpot's ObjectSchemaEgg); only its name is read here. */
export interface SchemaEgg {
  name: string;
}

export type CreateOutcome = { outcome: 'created'; record: CrmObject } | { outcome: 'exists'; record: CrmObject };

/**
 * HubSpot's generic object endpoints on the gateway's client: custom objects (the settings and
 * the alert ledger kept in the portal) and any other type read by id (the preview's records).
 * Every call goes through the same limiter, retries, deadline and request counts as the CRM
 * reads.
 */
export interface ObjectsApi {
  /**
   * The objectTypeId ("2-…") of the app's custom object named in the egg, or null when it does
   * not exist and `create` is false. When two first writes race, HubSpot refuses the second
   * schema; the loser reads the winner's.
   */
  ensureSchema(egg: SchemaEgg, create: boolean): Promise<string | null>;
  /** The record whose unique `keyProperty` is `key`; null when there is none (404). */
  getByKey(objectType: string, keyProperty: string, key: string, properties: readonly string[]): Promise<CrmObject | null>;
  /**
   * Creates a record whose unique `keyProperty` is `properties[keyProperty]`. HubSpot documents
   * no status for a duplicate unique value on custom objects (contacts answer 409, third-party
   * clients see a 400 "already has that value"), so after any 4xx the record is read back by
   * its key and that decides: there is one (`exists`, the caller compares it with its own), or
   * there is none and the refusal stands.
   */
  create(objectType: string, keyProperty: string, properties: Record<string, string>): Promise<CreateOutcome>;
  /** Updates the record with that key; null when there is none (404). */
  updateByKey(objectType: string, keyProperty: string, key: string, properties: Record<string, string>): Promise<CrmObject | null>;
  /** One page of a search: HubSpot's index, which trails writes by seconds. */
  searchPage(objectType: string, body: SearchBody): Promise<CrmObject[]>;
}

const schemasSchema = z.object({ results: z.array(z.object({ name: z.string(), objectTypeId: z.string(), archived: z.boolean().optional() })) });
const createdSchemaSchema = z.object({ objectTypeId: z.string() });
const pageSchema = z.object({ results: z.array(crmObjectSchema) });

const isRefusal = (error: unknown): error is CrmError => error instanceof CrmError && error.status >= 400 && error.status < 500 && error.status !== 429;

async function nullOn404<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CrmError && error.status === 404) return null;
    throw error;
  }
}

export function createObjectsApi(transport: ObjectsTransport, request: ClientRequest): ObjectsApi {
  const findSchema = async (name: string): Promise<string | null> => {
    const all = await request('schemas', 'general', schemasSchema, () => transport.schemas());
    return all.results.find((s) => s.name === name && s.archived !== true)?.objectTypeId ?? null;
  };
  const getByKey: ObjectsApi['getByKey'] = (objectType, keyProperty, key, properties) =>
    nullOn404(() => request(`get ${objectType}`, 'general', crmObjectSchema, () => transport.getByKey(objectType, keyProperty, key, properties)));

  return {
    async ensureSchema(egg, create) {
      const existing = await findSchema(egg.name);
      if (existing !== null || !create) return existing;
      try {
        return (await request('create schema', 'general', createdSchemaSchema, () => transport.createSchema(egg))).objectTypeId;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        const raced = await findSchema(egg.name);
        if (raced === null) throw error;
        return raced;
      }
    },
    getByKey,
    async create(objectType, keyProperty, properties) {
      try {
        return { outcome: 'created', record: await request(`create ${objectType}`, 'general', crmObjectSchema, () => transport.create(objectType, properties)) };
      } catch (error) {
        const key = properties[keyProperty];
        if (!isRefusal(error) || key === undefined) throw error;
        const existing = await getByKey(objectType, keyProperty, key, Object.keys(properties));
        if (existing === null) throw error;
        return { outcome: 'exists', record: existing };
      }
    },
    updateByKey: (objectType, keyProperty, key, properties) =>
      nullOn404(() => request(`update ${objectType}`, 'general', crmObjectSchema, () => transport.updateByKey(objectType, keyProperty, key, properties))),
    searchPage: async (objectType, body) => (await request(`search ${objectType}`, 'search', pageSchema, () => transport.searchObjects(objectType, body))).results,
  };
}
