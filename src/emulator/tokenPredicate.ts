import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Filter } from './searchRequest';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

/**
 * CONTAINS_TOKEN / NOT_CONTAINS_TOKEN as HubSpot's CRM search guide describes them: "contains
 * a token", with `*` completing a partial one (its example, `*@hubspot.com`, finds every
 * address at that domain, so a token runs between spaces, not between punctuation). Here a
 * value's tokens are its words split on whitespace and on `;` (the separator of multiple
 * checkbox values), compared without case; a filter value of several words needs each of
 * them. A record without a value contains no token, so NOT_CONTAINS_TOKEN passes it, as
 * the other "is not" filters do.
 */
export function tokenPredicate(filter: Filter): Result<(object: StoredObject) => boolean> {
  const wanted = tokensOf(filter.value ?? '');
  if (wanted.length === 0) return err(`Filter on ${filter.propertyName} with operator ${filter.operator} needs a value.`);
  const patterns = wanted.map(tokenPattern);
  const contains = (object: StoredObject): boolean => {
    const raw = object.properties[filter.propertyName];
    if (!hasValue(raw)) return false;
    const tokens = tokensOf(raw);
    return patterns.every((pattern) => tokens.some((token) => pattern.test(token)));
  };
  return ok(filter.operator === 'CONTAINS_TOKEN' ? contains : (object) => !contains(object));
}

const tokensOf = (text: string): string[] => text.split(/[\s;]+/).filter((token) => token.length > 0);

function tokenPattern(token: string): RegExp {
  const body = token.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}
