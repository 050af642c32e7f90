import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { ObjectCollection } from './objectCollection';
import type { StoredObject } from './storedObject';

/**
 * Looks a record up by id, or by a unique property when `idProperty` names one (HubSpot
 * refuses a non-unique idProperty with a 400). `undefined` means no live record has it.
 */
export function findRecord(collection: ObjectCollection, id: string, idProperty: string | undefined, archived: boolean): Result<StoredObject | undefined> {
  const matches = (object: StoredObject | undefined): object is StoredObject => object !== undefined && object.archived === archived;
  if (idProperty === undefined || idProperty === 'hs_object_id') {
    const object = collection.get(id);
    return ok(matches(object) ? object : undefined);
  }
  const def = collection.definition(idProperty);
  if (def === undefined || !def.hasUniqueValue) return err(`${idProperty} is not a unique property and cannot be used as idProperty.`);
  for (const candidate of collection.idsEqualTo(idProperty, id)) {
    const object = collection.get(candidate);
    if (matches(object)) return ok(object);
  }
  return ok(undefined);
}
