import type { PropertyDefinition, PropertyType } from './propertyDefinition';
import { equalityKey } from './comparableValue';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

export interface ObjectTypeInfo {
  /** Plural name for built-ins (`deals`), schema name for custom objects. */
  name: string;
  objectTypeId: string;
  upperSingular: string;
  defaultProperties: readonly string[];
}

/**
 * All records of one object type, kept in id order (HubSpot lists by ascending id), with
 * equality indexes built on first use per property and kept current on every write, so an
 * EQ/IN search on owner or pipeline over 100k deals touches only the matching records.
 */
export class ObjectCollection {
  readonly info: ObjectTypeInfo;
  private readonly byId = new Map<string, StoredObject>();
  private ordered: StoredObject[] = [];
  private readonly definitions = new Map<string, PropertyDefinition>();
  private readonly indexes = new Map<string, Map<string, Set<string>>>();

  constructor(info: ObjectTypeInfo, definitions: readonly PropertyDefinition[], seed: readonly StoredObject[] = []) {
    this.info = info;
    for (const def of definitions) this.definitions.set(def.name, def);
    for (const object of seed) this.byId.set(object.id, object);
    this.ordered = [...this.byId.values()].sort(byNumericId);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): StoredObject | undefined {
    return this.byId.get(id);
  }

  /** Records in ascending id order, archived ones included (callers filter). */
  all(): readonly StoredObject[] {
    return this.ordered;
  }

  propertyDefinitions(): PropertyDefinition[] {
    return [...this.definitions.values()];
  }

  definition(name: string): PropertyDefinition | undefined {
    return this.definitions.get(name);
  }

  addDefinition(def: PropertyDefinition): void {
    this.definitions.set(def.name, def);
  }

  typeOf(name: string): PropertyType {
    return this.definitions.get(name)?.type ?? 'string';
  }

  /** Ids whose value of `property` equals `raw` under the property's comparison. */
  idsEqualTo(property: string, raw: string): ReadonlySet<string> {
    const key = equalityKey(this.typeOf(property), raw);
    if (key === null) return EMPTY;
    return this.index(property).get(key) ?? EMPTY;
  }

  /** Builds the equality index of `property` now rather than on the first search that needs it. */
  warmIndex(property: string): void {
    this.index(property);
  }

  insert(object: StoredObject): void {
    this.byId.set(object.id, object);
    const last = this.ordered[this.ordered.length - 1];
    this.ordered.push(object);
    if (last !== undefined && byNumericId(last, object) > 0) this.ordered.sort(byNumericId);
    for (const [property, index] of this.indexes) addToIndex(index, this.keyOf(property, object), object.id);
  }

  /** Replaces the stored properties of `id`, keeping the indexes in step. */
  replaceProperties(id: string, properties: Record<string, string>, updatedAt: string): StoredObject | undefined {
    const object = this.byId.get(id);
    if (object === undefined) return undefined;
    for (const [property, index] of this.indexes) removeFromIndex(index, this.keyOf(property, object), id);
    object.properties = properties;
    object.updatedAt = updatedAt;
    for (const [property, index] of this.indexes) addToIndex(index, this.keyOf(property, object), id);
    return object;
  }

  private index(property: string): Map<string, Set<string>> {
    const existing = this.indexes.get(property);
    if (existing !== undefined) return existing;
    const index = new Map<string, Set<string>>();
    for (const object of this.ordered) addToIndex(index, this.keyOf(property, object), object.id);
    this.indexes.set(property, index);
    return index;
  }

  private keyOf(property: string, object: StoredObject): string | null {
    const raw = object.properties[property];
    return hasValue(raw) ? equalityKey(this.typeOf(property), raw) : null;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function addToIndex(index: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key === null) return;
  const ids = index.get(key) ?? new Set<string>();
  ids.add(id);
  index.set(key, ids);
}

function removeFromIndex(index: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key !== null) index.get(key)?.delete(id);
}

/** HubSpot ids are numeric strings; non-numeric ids (hand-made seeds) sort after, by text. */
export function byNumericId(a: { id: string }, b: { id: string }): number {
  const x = Number(a.id);
  const y = Number(b.id);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
