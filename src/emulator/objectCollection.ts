import type { PropertyDefinition, PropertyType } from './propertyDefinition';
import { equalityKey } from './comparableValue';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';
import { byNumericId } from '../domain/byNumericId';

export interface ObjectTypeInfo {
  /** Plural name for built-ins (`deals`), schema name for custom objects. */
  name: string;
  objectTypeId: string;
  upperSingular: string;
  defaultProperties: readonly string[];
  /** HubSpot offers no writes for the type (forecasts). */
  readOnly?: boolean;
}

/**
 * All records of one object type, kept in id order (HubSpot lists by ascending id), with
 * equality indexes built on first use per property and kept current on every write, so an
 * EQ/IN search on owner or pipeline over 100k deals touches only the matching records.
 *
 * `version` moves on every write (record or property definition), so that anything derived
 * from the records — the search cache, the live/archived lists — knows when it is stale.
 */
export class ObjectCollection {
  readonly info: ObjectTypeInfo;
  private readonly byId = new Map<string, StoredObject>();
  private ordered: StoredObject[] = [];
  private readonly definitions = new Map<string, PropertyDefinition>();
  private readonly indexes = new Map<string, Map<string, Set<string>>>();
  private writes = 0;
  private numericIds: boolean;
  private lists: { version: number; live: StoredObject[]; archived: StoredObject[] } | null = null;

  constructor(info: ObjectTypeInfo, definitions: readonly PropertyDefinition[], seed: readonly StoredObject[] = []) {
    this.info = info;
    for (const def of definitions) this.definitions.set(def.name, def);
    for (const object of seed) this.byId.set(object.id, object);
    this.ordered = sortedById([...this.byId.values()]);
    this.numericIds = this.ordered.every((object) => Number.isFinite(Number(object.id)));
  }

  /** Counts writes; equal versions mean the same records with the same values. */
  get version(): number {
    return this.writes;
  }

  /**
   * Whether every id is a finite number, so that `all()` ascends numerically and an id range
   * can be found by binary search (HubSpot's ids always are; hand-made seeds may not be).
   */
  get idsAreNumeric(): boolean {
    return this.numericIds;
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

  /** The live (or the archived) records in ascending id order, kept until the next write. */
  listed(archived: boolean): readonly StoredObject[] {
    if (this.lists === null || this.lists.version !== this.writes) {
      this.lists = { version: this.writes, live: this.ordered.filter((o) => !o.archived), archived: this.ordered.filter((o) => o.archived) };
    }
    return archived ? this.lists.archived : this.lists.live;
  }

  propertyDefinitions(): PropertyDefinition[] {
    return [...this.definitions.values()];
  }

  definition(name: string): PropertyDefinition | undefined {
    return this.definitions.get(name);
  }

  addDefinition(def: PropertyDefinition): void {
    this.definitions.set(def.name, def);
    this.writes += 1;
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
    if (last !== undefined && byNumericId(last, object) > 0) this.ordered = sortedById(this.ordered);
    this.numericIds &&= Number.isFinite(Number(object.id));
    for (const [property, index] of this.indexes) addToIndex(index, this.keyOf(property, object), object.id);
    this.writes += 1;
  }

  /** Replaces the stored properties of `id`, keeping the indexes in step. */
  replaceProperties(id: string, properties: Record<string, string>, updatedAt: string): StoredObject | undefined {
    const object = this.byId.get(id);
    if (object === undefined) return undefined;
    for (const [property, index] of this.indexes) removeFromIndex(index, this.keyOf(property, object), id);
    object.properties = properties;
    object.updatedAt = updatedAt;
    for (const [property, index] of this.indexes) addToIndex(index, this.keyOf(property, object), id);
    this.writes += 1;
    return object;
  }

  /**
   * Archives `id` as HubSpot's DELETE does: the record stays (readable with `archived=true`)
   * but leaves search and plain reads; the archive is a write, so the dates move.
   */
  archive(id: string, atIso: string): StoredObject | undefined {
    const object = this.byId.get(id);
    if (object === undefined || object.archived) return undefined;
    object.archived = true;
    object.archivedAt = atIso;
    return this.replaceProperties(id, { ...object.properties, hs_lastmodifieddate: atIso }, atIso);
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
  const ids = index.get(key);
  if (ids === undefined) index.set(key, new Set([id]));
  else ids.add(id);
}

function removeFromIndex(index: Map<string, Set<string>>, key: string | null, id: string): void {
  if (key !== null) index.get(key)?.delete(id);
}

/**
 * Sorts by byNumericId. When every id is a number (always, for HubSpot's), the numbers are
 * read once per record instead of twice per comparison, which is most of seeding's sort.
 */
function sortedById(objects: StoredObject[]): StoredObject[] {
  const keyed = objects.map((object) => ({ object, n: Number(object.id) }));
  if (!keyed.every((entry) => Number.isFinite(entry.n))) return objects.sort(byNumericId);
  keyed.sort((a, b) => a.n - b.n || (a.object.id < b.object.id ? -1 : a.object.id > b.object.id ? 1 : 0));
  return keyed.map((entry) => entry.object);
}

