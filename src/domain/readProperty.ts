import type { DataIssue } from './portal';
import type { CrmObject } from './snapshot';
import type { Result } from './result';

/** One of the parsers of parseValue.ts: a HubSpot string in, a typed value or unknown out. */
export type PropertyParser<T> = (raw: string | null | undefined) => Result<T | null>;

/**
 * Reads one property of a CRM record. A value that cannot be read becomes unknown (null), never
 * 0 (kpi-spec §2), and is reported with the record and field so the portal can be fixed.
 */
export function readProperty<T>(object: CrmObject, kind: DataIssue['object'], field: string, parse: PropertyParser<T>, issues: DataIssue[]): T | null {
  const raw = object.properties[field];
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value;
  issues.push({ object: kind, id: object.id, field, value: String(raw), reason: parsed.error });
  return null;
}
