import type { Client } from '@hubspot/api-client';
import { customObjectType } from './customObjectType';
import { settingsObjectSchemaEgg } from './portalSettingsObject';

/**
 * The objectTypeId of the settings object in the client's portal, or null when it does not
 * exist and `create` is false. Created on the first save (see customObjectType).
 */
export function settingsObjectType(client: Client, create: boolean): Promise<string | null> {
  return customObjectType(client, settingsObjectSchemaEgg, create);
}
