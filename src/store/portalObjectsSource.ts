import type { ObjectsApi } from '../crm/objectsApi';

/**
 * Where the stores kept in the portal reach HubSpot: src/crm's object endpoints, one per portal
 * (a static-auth token belongs to one account) or one for every portal.
 */
export interface PortalObjectsSource {
  objects: ObjectsApi | ((portalId: number) => ObjectsApi);
}

export function portalObjects(source: PortalObjectsSource): (portalId: number) => ObjectsApi {
  const given = source.objects;
  return typeof given === 'function' ? given : () => given;
}
