import type { ObjectCollection } from './objectCollection';
import { ascendsByNumericId } from './idRange';
import type { StoredObject } from './storedObject';

/** A search's full sorted match list, and whether its ids ascend (so id ranges binary-search it). */
export interface CachedMatches {
  readonly matches: readonly StoredObject[];
  readonly idAscending: boolean;
}

interface Entry {
  collection: ObjectCollection;
  version: number;
  value: CachedMatches;
}

/** Enough for every query of a few concurrent card loads, each with its 10k continuations. */
export const SEARCH_CACHE_ENTRIES = 48;
/** Records held across all entries (pointers, ~16 MB): a 100k read and its continuations fit twice. */
export const SEARCH_CACHE_RECORDS = 2_000_000;

/**
 * The emulator's memory of recent searches, so that the gateway's next page of the same
 * query slices a list instead of filtering and sorting 100k records again. An entry is
 * good only for the collection and collection version it was computed on: any write to the
 * type moves the version and the entry reads as a miss. Least recently used entries go
 * first once `capacity` entries or `maxRecords` records in all are reached (the newest
 * entry always stays).
 */
export class SearchCache {
  private readonly entries = new Map<string, Entry>();
  private hitCount = 0;
  private missCount = 0;
  private held = 0;

  constructor(
    readonly capacity: number = SEARCH_CACHE_ENTRIES,
    readonly maxRecords: number = SEARCH_CACHE_RECORDS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Records referenced by all entries together. */
  get records(): number {
    return this.held;
  }

  /** Lookups answered from the cache / not, since creation (for tests and the bench). */
  get hits(): number {
    return this.hitCount;
  }

  get misses(): number {
    return this.missCount;
  }

  get(collection: ObjectCollection, key: string): CachedMatches | undefined {
    const slot = slotOf(collection, key);
    const entry = this.entries.get(slot);
    if (entry === undefined || entry.collection !== collection || entry.version !== collection.version) {
      if (entry !== undefined) this.drop(slot, entry);
      this.missCount += 1;
      return undefined;
    }
    this.entries.delete(slot);
    this.entries.set(slot, entry);
    this.hitCount += 1;
    return entry.value;
  }

  set(collection: ObjectCollection, key: string, matches: readonly StoredObject[]): CachedMatches {
    const slot = slotOf(collection, key);
    const value: CachedMatches = { matches, idAscending: ascendsByNumericId(matches) };
    const previous = this.entries.get(slot);
    if (previous !== undefined) this.drop(slot, previous);
    this.entries.set(slot, { collection, version: collection.version, value });
    this.held += matches.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= 1 || (this.entries.size <= this.capacity && this.held <= this.maxRecords)) break;
      this.drop(oldest, entry);
    }
    return value;
  }

  private drop(slot: string, entry: Entry): void {
    this.entries.delete(slot);
    this.held -= entry.value.matches.length;
  }
}

const slotOf = (collection: ObjectCollection, key: string): string => `${collection.info.objectTypeId}\u0000${key}`;
