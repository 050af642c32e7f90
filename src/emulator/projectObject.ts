import type { ObjectCollection } from './objectCollection';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

/** Properties HubSpot adds to every read however few were asked for. */
function alwaysReturned(typeName: string): string[] {
  if (typeName === 'contacts') return ['createdate', 'lastmodifieddate', 'hs_object_id'];
  if (typeName === 'deals' || typeName === 'companies') return ['createdate', 'hs_lastmodifieddate', 'hs_object_id'];
  return ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];
}

/** The names a read returns: the asked-for ones, or the type's defaults when none were asked. */
export function selectedProperties(collection: ObjectCollection, requested: readonly string[] | undefined): string[] {
  if (requested === undefined || requested.length === 0) return [...collection.info.defaultProperties];
  return [...new Set([...requested, ...alwaysReturned(collection.info.name)])];
}

/**
 * A record in HubSpot's `SimplePublicObject` shape. A property that exists on the type but
 * has no value comes back as `null`, as HubSpot sends it; a name the type does not define
 * is left out rather than invented.
 */
export function projectObject(collection: ObjectCollection, object: StoredObject, names: readonly string[]): Record<string, unknown> {
  const properties: Record<string, string | null> = {};
  for (const name of names) {
    const value = object.properties[name];
    if (hasValue(value)) properties[name] = value;
    else if (collection.definition(name) !== undefined) properties[name] = null;
  }
  const result: Record<string, unknown> = {
    id: object.id,
    properties,
    createdAt: object.createdAt,
    updatedAt: object.updatedAt,
    archived: object.archived,
  };
  if (object.archived) result.archivedAt = object.archivedAt ?? object.updatedAt;
  return result;
}

/** Splits `properties=a,b&properties=c` (both forms HubSpot accepts) into names. */
export function namesFromQuery(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const parts = (Array.isArray(raw) ? raw : [raw]).filter((part): part is string => typeof part === 'string');
  const names = parts.flatMap((part) => part.split(',')).map((name) => name.trim()).filter((name) => name.length > 0);
  return names;
}
