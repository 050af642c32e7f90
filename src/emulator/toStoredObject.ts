import { parseInstant } from '../domain/parseValue';
import type { CrmObject } from '../domain/snapshot';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

/**
 * A snapshot record as the emulator stores it. HubSpot always carries `hs_object_id` and
 * a last-modified date, and fills `createdAt`/`updatedAt` from the record's own dates, so
 * the seed does the same; `fallbackIso` stands in only when the record has no dates at all.
 */
export function toStoredObject(raw: CrmObject, typeName: string, fallbackIso: string): StoredObject {
  const properties: Record<string, string> = {};
  const given = raw.properties;
  for (const name in given) {
    const value = given[name];
    if (value !== null && value !== undefined) properties[name] = value;
  }
  const createKey = ['deals', 'contacts', 'companies', 'line_items'].includes(typeName) ? 'createdate' : 'hs_createdate';
  const createdAt = raw.createdAt ?? isoOf(properties[createKey] ?? properties.createdate ?? properties.hs_createdate) ?? fallbackIso;
  const updatedAt = raw.updatedAt ?? isoOf(properties.hs_lastmodifieddate) ?? createdAt;
  properties.hs_object_id = raw.id;
  if (!hasValue(properties[createKey])) properties[createKey] = createdAt;
  if (!hasValue(properties.hs_lastmodifieddate)) properties.hs_lastmodifieddate = updatedAt;
  const stored: StoredObject = { id: raw.id, properties, createdAt, updatedAt, archived: raw.archived ?? false };
  if (raw.associations !== undefined) {
    stored.associations = Object.fromEntries(
      Object.entries(raw.associations).map(([type, list]) => [type, { results: list.results.map((r) => ({ id: r.id, type: r.type ?? type })) }]),
    );
  }
  return stored;
}

function isoOf(raw: string | undefined): string | undefined {
  const parsed = parseInstant(raw);
  return parsed.ok && parsed.value !== null ? new Date(parsed.value).toISOString() : undefined;
}
