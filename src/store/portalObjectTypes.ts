import type { ObjectsApi, SchemaEgg } from '../crm/objectsApi';
import { PortalRecords } from './portalRecords';

/**
 * One custom object of the app across portals: its type id is looked up once per portal and
 * remembered; a portal without it is asked again next time (it may have been created since).
 * Null when the object does not exist and `create` is false. The app creates each object on
 * its first write, never on a read.
 */
export function portalObjectTypes(objectsFor: (portalId: number) => ObjectsApi, egg: SchemaEgg, keyProperty: string): (portalId: number, create: boolean) => Promise<PortalRecords | null> {
  const types = new Map<number, string>();
  return async (portalId, create) => {
    const objects = objectsFor(portalId);
    const objectType = types.get(portalId) ?? (await objects.ensureSchema(egg, create));
    if (objectType === null) return null;
    types.set(portalId, objectType);
    return new PortalRecords(objects, objectType, portalId, keyProperty);
  };
}
