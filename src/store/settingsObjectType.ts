import type { Client } from '@hubspot/api-client';
import { httpStatusOf } from './hubspotClient';
import { SETTINGS_OBJECT_NAME, settingsObjectSchemaEgg } from './portalSettingsObject';

/** The SDK types property types as enums; the egg spells them as the JSON HubSpot reads. */
type SchemaEgg = Parameters<Client['crm']['schemas']['coreApi']['create']>[0];

/**
 * The objectTypeId ("2-…") of the settings object in the client's portal, or null when it
 * does not exist and `create` is false (a portal that never saved settings has nothing to
 * read). The app creates the object on its first save; when two first saves race, HubSpot
 * refuses the second schema with 409 and the loser reads the winner's schema.
 */
export async function settingsObjectType(client: Client, create: boolean): Promise<string | null> {
  const existing = await findSchema(client);
  if (existing !== null || !create) return existing;
  try {
    const created = await client.crm.schemas.coreApi.create(settingsObjectSchemaEgg as unknown as SchemaEgg);
    if (created.objectTypeId) return created.objectTypeId;
  } catch (e) {
    if (httpStatusOf(e) !== 409) throw e;
  }
  const raced = await findSchema(client);
  if (raced === null) throw new Error(`the ${SETTINGS_OBJECT_NAME} object could not be created in the portal`);
  return raced;
}

async function findSchema(client: Client): Promise<string | null> {
  const all = await client.crm.schemas.coreApi.getAll();
  const schema = all.results.find((s) => s.name === SETTINGS_OBJECT_NAME && !s.archived);
  return schema?.objectTypeId ?? null;
}
