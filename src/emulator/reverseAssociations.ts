import type { ObjectCollection } from './objectCollection';

/** A record of the other type that names this one in its associations, with the type it names. */
export interface ReverseLink {
  id: string;
  type: string;
}

const cache = new WeakMap<ObjectCollection, Map<string, { version: number; byTarget: Map<string, ReverseLink[]> }>>();

/**
 * For every record of type `from`, the live records of `others` that name it in their
 * `associations[from]`, built once per version of `others` (every write moves it). HubSpot
 * answers an association from either end; without this index each id of a batch read would
 * scan every record of the other type, and a 1,000-id read of a 100k-company portal would take
 * the emulator seconds that HubSpot does not.
 */
export function reverseAssociations(others: ObjectCollection, from: string): Map<string, ReverseLink[]> {
  const byFrom = cache.get(others) ?? new Map<string, { version: number; byTarget: Map<string, ReverseLink[]> }>();
  cache.set(others, byFrom);
  const held = byFrom.get(from);
  if (held !== undefined && held.version === others.version) return held.byTarget;
  const byTarget = new Map<string, ReverseLink[]>();
  for (const other of others.listed(false)) {
    for (const r of other.associations?.[from]?.results ?? []) {
      const list = byTarget.get(r.id);
      const link = { id: other.id, type: r.type };
      if (list === undefined) byTarget.set(r.id, [link]);
      else list.push(link);
    }
  }
  byFrom.set(from, { version: others.version, byTarget });
  return byTarget;
}
