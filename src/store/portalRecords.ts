import type { CreateOutcome, ObjectsApi } from '../crm/objectsApi';
import type { SearchFilter, SearchSort } from '../crm/crmTransport';
import type { CrmObject } from '../domain/snapshot';

/**
 * The records of one of the app's custom objects in one portal, through src/crm's object
 * endpoints (the gateway's limiter, retries, deadlines and request counts). Every record
 * carries `portal_id` and every search filters on it, so a token mapped to the wrong account
 * reads nothing rather than another portal's records. `keyProperty` is the object's unique
 * property: a GET by it is consistent at once, while search trails writes by seconds.
 */
export class PortalRecords {
  constructor(
    private readonly objects: ObjectsApi,
    readonly objectType: string,
    readonly portalId: number,
    private readonly keyProperty: string,
  ) {}

  byKey(key: string, properties: readonly string[]): Promise<CrmObject | null> {
    return this.objects.getByKey(this.objectType, this.keyProperty, key, properties);
  }

  /** Creates the record, or finds the one that already holds its key (ObjectsApi.create). */
  create(properties: Record<string, string>): Promise<CreateOutcome> {
    return this.objects.create(this.objectType, this.keyProperty, properties);
  }

  /** null when no record holds the key (it was archived meanwhile). */
  update(key: string, properties: Record<string, string>): Promise<CrmObject | null> {
    return this.objects.updateByKey(this.objectType, this.keyProperty, key, properties);
  }

  /** One search page of this portal's records matching every filter. */
  search(filters: SearchFilter[], sorts: SearchSort[], properties: readonly string[], limit: number): Promise<CrmObject[]> {
    const portal: SearchFilter = { propertyName: 'portal_id', operator: 'EQ', value: String(this.portalId) };
    return this.objects.searchPage(this.objectType, { filterGroups: [{ filters: [portal, ...filters] }], sorts, properties: [...properties], limit });
  }
}
