import { parseAmount, parseInstant } from '../domain/parseValue';
import type { PropertyType } from './propertyDefinition';

/**
 * How HubSpot search compares a property value: datetime and date properties as epoch
 * milliseconds (filter values may be ms strings or ISO dates), numbers numerically, and
 * everything else as case-insensitive text (EQ on strings ignores case in HubSpot).
 * `null` means the text cannot be read as the property's type.
 */
export type Comparable = number | string;

export function comparableValue(type: PropertyType, raw: string): Comparable | null {
  if (type === 'datetime' || type === 'date') {
    const parsed = parseInstant(raw);
    return parsed.ok ? parsed.value : null;
  }
  if (type === 'number') {
    const parsed = parseAmount(raw);
    return parsed.ok ? parsed.value : null;
  }
  return raw.trim().toLowerCase();
}

/** The equality key of a value, shared by the search index and EQ/IN filters. */
export function equalityKey(type: PropertyType, raw: string): string | null {
  const value = comparableValue(type, raw);
  return value === null ? null : String(value);
}
