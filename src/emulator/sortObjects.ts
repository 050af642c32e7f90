import { comparableValue } from './comparableValue';
import type { ObjectCollection } from './objectCollection';
import { byNumericId } from '../domain/byNumericId';
import type { Sort } from './searchRequest';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

/**
 * HubSpot search order: ascending id without a sort; with one, by the property's typed
 * value, records without a value after those with one whatever the direction, ties by id.
 * Sorts `objects` in place (when no sort is given) or returns a new array.
 */
export function sortObjects(collection: ObjectCollection, objects: StoredObject[], sort: Sort | null): StoredObject[] {
  if (sort === null) return objects.sort(byNumericId);
  const type = collection.typeOf(sort.propertyName);
  const sign = sort.direction === 'DESCENDING' ? -1 : 1;
  const keyed = objects.map((object) => {
    const raw = object.properties[sort.propertyName];
    return { object, key: hasValue(raw) ? comparableValue(type, raw) : null };
  });
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === b.key ? byNumericId(a.object, b.object) : a.key === null ? 1 : -1;
    if (a.key < b.key) return -sign;
    if (a.key > b.key) return sign;
    return byNumericId(a.object, b.object);
  });
  return keyed.map((entry) => entry.object);
}
