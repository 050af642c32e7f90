import type { ObjectChange } from './changeFeed';
import type { CompiledGroup } from './matchObjects';
import { matchesAnyGroup } from './matchObjects';
import type { ObjectCollection } from './objectCollection';
import type { Sort } from './searchRequest';
import { sortObjects } from './sortObjects';
import type { StoredObject } from './storedObject';

/** What search sees of the records written in the last `lagMs`: which ids, and the version each has in the index (none for a record not indexed yet). */
export interface LaggedView {
  pendingIds: ReadonlySet<string>;
  indexed: readonly StoredObject[];
}

interface Pending {
  /** The version search serves until the next write becomes visible; null before the record's first. */
  indexed: StoredObject | null;
  writes: { version: StoredObject; visibleAt: number }[];
}

/**
 * HubSpot's search reads an index that trails its record store by seconds: a record read by
 * id or batch read shows a write at once, a search only once the index has it (design.md,
 * HubSpot facts, Search: "the index lags writes by seconds"). Each write becomes visible to
 * search `lagMs` after its instant on the emulator's clock; until then search matches and
 * returns the version before it, and a new record not at all. Writes are kept per record in
 * order, so a record written twice shows each version in turn.
 */
export class SearchIndexLag {
  private readonly pending = new Map<ObjectCollection, Map<string, Pending>>();
  /** Records pending before the next sweep of those the index has caught up with, so writes without searches keep memory bounded. */
  private sweepAt = 1024;

  constructor(readonly lagMs: number) {}

  record(change: ObjectChange): void {
    if (this.lagMs <= 0) return;
    const byId = this.pending.get(change.collection) ?? new Map<string, Pending>();
    this.pending.set(change.collection, byId);
    const entry = byId.get(change.after.id) ?? { indexed: change.before, writes: [] };
    entry.writes.push({ version: change.after, visibleAt: change.atMs + this.lagMs });
    byId.set(change.after.id, entry);
    if (byId.size >= this.sweepAt) {
      this.view(change.collection, change.atMs);
      this.sweepAt = Math.max(1024, 2 * byId.size);
    }
  }

  /** The records of `collection` whose latest write search does not see yet at `nowMs`; undefined when there are none. */
  view(collection: ObjectCollection, nowMs: number): LaggedView | undefined {
    const byId = this.pending.get(collection);
    if (byId === undefined) return undefined;
    const indexed: StoredObject[] = [];
    for (const [id, entry] of byId) {
      while (entry.writes.length > 0 && (entry.writes[0]?.visibleAt ?? Infinity) <= nowMs) entry.indexed = entry.writes.shift()?.version ?? null;
      if (entry.writes.length === 0) byId.delete(id);
      else if (entry.indexed !== null) indexed.push(entry.indexed);
    }
    if (byId.size === 0) return undefined;
    return { pendingIds: new Set(byId.keys()), indexed };
  }
}

/**
 * A search's matches as the lagging index has them: the records with unseen writes leave
 * the current list, and the versions the index still holds of them come back in if they
 * match (archived versions never do), in the search's order.
 */
export function lagMatches(collection: ObjectCollection, current: readonly StoredObject[], groups: readonly CompiledGroup[], sort: Sort | null, lag: LaggedView): StoredObject[] {
  const kept = current.filter((object) => !lag.pendingIds.has(object.id));
  const stale = lag.indexed.filter((object) => !object.archived && matchesAnyGroup(groups, object));
  return stale.length === 0 ? kept : sortObjects(collection, [...kept, ...stale], sort);
}
