import { parseAmount, parseInstant } from '../domain/parseValue';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { PropertyDefinition } from './propertyDefinition';

/** One entry of HubSpot's "Property values were not valid" list. */
export interface PropertyProblem {
  isValid: false;
  message: string;
  error: string;
  name: string;
}

const problem = (name: string, error: string, message: string): PropertyProblem => ({ isValid: false, message, error, name });

/**
 * Checks written values the way HubSpot does and returns them as HubSpot stores them:
 * unknown names (PROPERTY_DOESNT_EXIST), calculated ones (READ_ONLY_VALUE), numbers,
 * dates and booleans that do not read, and options outside an enumeration's list are
 * refused; datetimes are stored as ISO instants and dates as YYYY-MM-DD whether written
 * as milliseconds or ISO text. An empty string clears a value.
 */
export function validateProperties(
  values: Record<string, string>,
  definitionOf: (name: string) => PropertyDefinition | undefined,
): Result<Record<string, string>, PropertyProblem[]> {
  const problems: PropertyProblem[] = [];
  const stored: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const def = definitionOf(name);
    if (def === undefined) {
      problems.push(problem(name, 'PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`));
      continue;
    }
    if (def.modificationMetadata.readOnlyValue) {
      problems.push(problem(name, 'READ_ONLY_VALUE', `"${name}" is a read only property; its value cannot be set.`));
      continue;
    }
    const normalized = value === '' ? ok('') : normalize(def, value);
    if (normalized.ok) stored[name] = normalized.value;
    else problems.push(normalized.error);
  }
  return problems.length > 0 ? err(problems) : ok(stored);
}

function normalize(def: PropertyDefinition, value: string): Result<string, PropertyProblem> {
  switch (def.type) {
    case 'number':
      return parseAmount(value).ok ? ok(value.trim()) : err(problem(def.name, 'INVALID_FLOAT', `${value} was not a valid number.`));
    case 'datetime':
    case 'date': {
      const parsed = parseInstant(value);
      if (!parsed.ok || parsed.value === null) return err(problem(def.name, 'INVALID_DATE', `${value} was not a valid date.`));
      const iso = new Date(parsed.value).toISOString();
      return ok(def.type === 'date' ? iso.slice(0, 10) : iso);
    }
    case 'bool': {
      const text = value.trim().toLowerCase();
      return text === 'true' || text === 'false' ? ok(text) : err(problem(def.name, 'INVALID_BOOLEAN', `${value} was not a valid boolean.`));
    }
    case 'enumeration': {
      if (def.options.length === 0) return ok(value);
      const allowed = def.options.map((option) => option.value);
      const values = def.fieldType === 'checkbox' ? value.split(';') : [value];
      const bad = values.find((v) => !allowed.includes(v));
      return bad === undefined
        ? ok(value)
        : err(problem(def.name, 'INVALID_OPTION', `${bad} was not one of the allowed options: ${allowed.join(', ')}`));
    }
    default:
      return ok(value);
  }
}

/** HubSpot's 400 message embedding the problem list as JSON text. */
export const propertyProblemsMessage = (problems: readonly PropertyProblem[]): string =>
  `Property values were not valid: ${JSON.stringify(problems)}`;
