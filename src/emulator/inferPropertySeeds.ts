import { parseAmount, parseInstant } from '../domain/parseValue';
import type { DefinitionSeed, PropertyType } from './propertyDefinition';

type Values = Record<string, string | null | undefined>;

/**
 * Properties that appear in seeded objects but are not among the standard ones are custom
 * properties of the portal (mapped collected amount, gross margin, ...). HubSpot knows
 * their type; the snapshot does not carry it, so it is read off the values: all booleans →
 * bool, a date-like name with all dates → datetime, all numbers → number, else string.
 */
export function inferPropertySeeds(objects: readonly { properties: Values }[], known: ReadonlySet<string>): DefinitionSeed[] {
  const samples = new Map<string, string[]>();
  for (const object of objects) {
    const properties = object.properties;
    // A plain loop with one Map lookup per value: seeding 100k deals runs this 3M times.
    for (const name in properties) {
      if (known.has(name)) continue;
      let list = samples.get(name);
      if (list === undefined) {
        list = [];
        samples.set(name, list);
      }
      const value = properties[name];
      if (list.length < 50 && value !== null && value !== undefined && value.trim() !== '') list.push(value);
    }
  }
  return [...samples.entries()].map(([name, values]) => ({ name, type: inferType(name, values), hubspotDefined: false }));
}

function inferType(name: string, values: readonly string[]): PropertyType {
  if (values.length === 0) return 'string';
  if (values.every((v) => v === 'true' || v === 'false')) return 'bool';
  const dateLike = /date|time/.test(name);
  if (dateLike && values.every((v) => isOk(parseInstant(v)))) return 'datetime';
  if (values.every((v) => isOk(parseAmount(v)))) return 'number';
  return 'string';
}

const isOk = (result: { ok: boolean }): boolean => result.ok;
