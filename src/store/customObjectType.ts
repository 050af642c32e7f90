import type { Client } from '@hubspot/api-client';
import { httpStatusOf } from './hubspotClient';

/** The SDK types property types as enums; the eggs spell them as the JSON HubSpot reads. */
type SchemaEgg = Parameters<Client['crm']['schemas']['coreApi']['create']>[0];

/** The body of POST /crm/v3/schemas (HubSpot's ObjectSchemaEgg), as the store modules write it. */
export interface CustomObjectEgg {
  name: string;
}

/**
 * The objectTypeId ("2-…") of one of the app's custom objects in the client's portal, or
 * null when it does not exist and `create` is false (a portal that never wrote has nothing
 * to read). The app creates each object on its first write; when two first writes race,
 * HubSpot refuses the second schema with 409 and the loser reads the winner's schema.
 */
export async function customObjectType(client: Client, egg: CustomObjectEgg, create: boolean): Promise<string | null> {
  const existing = await findSchema(client, egg.name);
  if (existing !== null || !create) return existing;
  try {
    const created = await client.crm.schemas.coreApi.create(egg as unknown as SchemaEgg);
    if (created.objectTypeId) return created.objectTypeId;
  } catch (e) {
    if (httpStatusOf(e) !== 409) throw e;
  }
  const raced = await findSchema(client, egg.name);
  if (raced === null) throw new Error(`the ${egg.name} object could not be created in the portal`);
  return raced;
}

async function findSchema(client: Client, name: string): Promise<string | null> {
  const all = await client.crm.schemas.coreApi.getAll();
  const schema = all.results.find((s) => s.name === name && !s.archived);
  return schema?.objectTypeId ?? null;
}
