import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Comparable } from './comparableValue';
import { comparableValue } from './comparableValue';
import type { PropertyType } from './propertyDefinition';
import type { Filter } from './searchRequest';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';
import { tokenPredicate } from './tokenPredicate';

export type Predicate = (object: StoredObject) => boolean;

/**
 * One search filter as a test on a record, comparing by the property's type (see
 * comparableValue). A record without a value fails every comparison but passes NEQ and
 * NOT_IN: an unknown value is not equal to anything (HubSpot returns such records for
 * "is not" filters). A filter value that cannot be read as the property's type is a 400.
 */
export function filterPredicate(filter: Filter, type: PropertyType): Result<Predicate> {
  const name = filter.propertyName;
  const valueOf = (object: StoredObject): Comparable | null => {
    const raw = object.properties[name];
    return hasValue(raw) ? comparableValue(type, raw) : null;
  };
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return ok((object) => hasValue(object.properties[name]));
    case 'NOT_HAS_PROPERTY':
      return ok((object) => !hasValue(object.properties[name]));
    case 'IN':
    case 'NOT_IN':
      return setPredicate(filter, type, valueOf);
    case 'BETWEEN':
      return betweenPredicate(filter, type, valueOf);
    case 'CONTAINS_TOKEN':
    case 'NOT_CONTAINS_TOKEN':
      return tokenPredicate(filter);
    default:
      return comparePredicate(filter, type, valueOf);
  }
}

function operand(filter: Filter, raw: string | undefined, type: PropertyType, field: string): Result<Comparable> {
  if (raw === undefined) return err(`Filter on ${filter.propertyName} with operator ${filter.operator} needs a ${field}.`);
  const value = comparableValue(type, raw);
  if (value === null) return err(`"${raw}" is not a valid ${type} value for property ${filter.propertyName}.`);
  return ok(value);
}

function comparePredicate(filter: Filter, type: PropertyType, valueOf: (o: StoredObject) => Comparable | null): Result<Predicate> {
  const target = operand(filter, filter.value, type, 'value');
  if (!target.ok) return target;
  const want = target.value;
  const test: Record<string, (v: Comparable) => boolean> = {
    EQ: (v) => v === want,
    NEQ: (v) => v !== want,
    LT: (v) => v < want,
    LTE: (v) => v <= want,
    GT: (v) => v > want,
    GTE: (v) => v >= want,
  };
  const check = test[filter.operator];
  if (check === undefined) return err(`Operator ${filter.operator} is not supported.`);
  const missing = filter.operator === 'NEQ';
  return ok((object) => {
    const value = valueOf(object);
    return value === null ? missing : check(value);
  });
}

function betweenPredicate(filter: Filter, type: PropertyType, valueOf: (o: StoredObject) => Comparable | null): Result<Predicate> {
  const low = operand(filter, filter.value, type, 'value');
  if (!low.ok) return low;
  const high = operand(filter, filter.highValue, type, 'highValue');
  if (!high.ok) return high;
  return ok((object) => {
    const value = valueOf(object);
    return value !== null && value >= low.value && value <= high.value;
  });
}

function setPredicate(filter: Filter, type: PropertyType, valueOf: (o: StoredObject) => Comparable | null): Result<Predicate> {
  if (filter.values === undefined) return err(`Filter on ${filter.propertyName} with operator ${filter.operator} needs values.`);
  const wanted = new Set<Comparable>();
  for (const raw of filter.values) {
    const value = operand(filter, raw, type, 'values');
    if (!value.ok) return value;
    wanted.add(value.value);
  }
  const inside = filter.operator === 'IN';
  return ok((object) => {
    const value = valueOf(object);
    return value === null ? !inside : wanted.has(value) === inside;
  });
}
