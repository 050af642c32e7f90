import type { HttpReply } from '../httpReply';
import { reply } from '../httpReply';
import type { ObjectCollection } from '../objectCollection';

/**
 * A batch endpoint's answer in HubSpot's shapes: `BatchResponseSimplePublicObject` (200, or
 * `okStatus` for create) when every input was found, else a 207 Multi-Status
 * `BatchResponseSimplePublicObjectWithErrors` whose one OBJECT_NOT_FOUND `StandardError`
 * lists the missing ids in `context.ids`. The spec makes `links` and the nested `errors`
 * of a StandardError required, so they are sent (empty) rather than left out.
 */
export function batchResponse(
  collection: ObjectCollection,
  outcome: { results: Record<string, unknown>[]; missing: readonly string[]; startedAt: string; completedAt: string; verb: 'get' | 'create' | 'update' },
  okStatus = 200,
): HttpReply {
  const base = { status: 'COMPLETE', results: outcome.results, startedAt: outcome.startedAt, completedAt: outcome.completedAt };
  if (outcome.missing.length === 0) return reply(okStatus, base);
  const message = `Could not ${outcome.verb} some ${collection.info.upperSingular} objects, they may be deleted or not exist. Check that ids are valid.`;
  const errors = [{ status: 'error', category: 'OBJECT_NOT_FOUND', message, context: { ids: [...outcome.missing] }, links: {}, errors: [] }];
  return reply(207, { ...base, numErrors: errors.length, errors, links: {} });
}
