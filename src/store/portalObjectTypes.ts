import type { Client } from '@hubspot/api-client';
import { customObjectType, type CustomObjectEgg } from './customObjectType';

export interface PortalObject {
  client: Client;
  /** The objectTypeId ("2-…") in that portal. */
  objectType: string;
}

/**
 * One custom object of the app across portals: its type id is looked up once per portal and
 * remembered; a portal without it is asked again next time (it may have been created since).
 * Null when the object does not exist and `create` is false.
 */
export function portalObjectTypes(clientFor: (portalId: number) => Client, egg: CustomObjectEgg): (portalId: number, create: boolean) => Promise<PortalObject | null> {
  const types = new Map<number, string>();
  return async (portalId, create) => {
    const client = clientFor(portalId);
    const objectType = types.get(portalId) ?? (await customObjectType(client, egg, create));
    if (objectType === null) return null;
    types.set(portalId, objectType);
    return { client, objectType };
  };
}
