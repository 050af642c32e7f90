import type { ObjectCollection } from './objectCollection';
import type { StoredObject } from './storedObject';

/**
 * One write as the rest of the emulated portal learns of it (the search index that lags,
 * the webhooks that report it): the record before (null for a create) and after, as copies
 * taken at the write, and the write's instant on the emulator's clock.
 */
export interface ObjectChange {
  collection: ObjectCollection;
  kind: 'create' | 'update' | 'archive';
  before: StoredObject | null;
  after: StoredObject;
  atMs: number;
}

export type ChangeListener = (change: ObjectChange) => void;

/**
 * Where writes are announced. HubSpot's own consumers of a write (its search index, its
 * webhooks) see it after the record store has it, so listeners run after the write.
 */
export class ChangeFeed {
  private readonly listeners: ChangeListener[] = [];

  subscribe(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  publish(change: ObjectChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

/**
 * A copy of a record as it is now. Writes replace `properties` wholesale rather than
 * editing it, so a shallow copy keeps this version's values.
 */
export const versionOf = (object: StoredObject): StoredObject => ({ ...object });
