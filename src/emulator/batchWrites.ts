import type { CrmState } from './crmState';
import type { HttpReply } from './httpReply';
import { errorReply } from './httpReply';
import type { ObjectCollection } from './objectCollection';
import type { ObjectInput } from './objectWrites';
import { commitCreate, commitUpdate, prepareCreate, prepareUpdate } from './objectWrites';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';

export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; reply: HttpReply };

/**
 * Creates every input or none: HubSpot's batch create refuses the whole batch when one input
 * is invalid (without `objectWriteTraceId`), so every input is checked before any is stored.
 */
export function createBatch(state: CrmState, collection: ObjectCollection, inputs: readonly ObjectInput[], atIso: string): BatchOutcome<StoredObject[]> {
  const prepared: StoredObject[] = [];
  for (const input of inputs) {
    const outcome = prepareCreate(state, collection, input, atIso);
    if (!outcome.ok) return outcome;
    prepared.push(outcome.object);
  }
  const conflict = conflictWithinBatch(collection, prepared);
  if (conflict !== null) return { ok: false, reply: conflict };
  for (const object of prepared) commitCreate(state, collection, object);
  return { ok: true, value: prepared };
}

/**
 * Updates the records found, after checking every input's values (an invalid one refuses
 * the batch, nothing written); the ids that name no live record are handed back so the
 * answer can be a 207 naming them, as for a batch read.
 */
export function updateBatch(
  state: CrmState,
  collection: ObjectCollection,
  inputs: readonly { object: StoredObject | undefined; id: string; properties: Record<string, string> }[],
  atIso: string,
): BatchOutcome<{ updated: StoredObject[]; missing: string[] }> {
  const planned: { object: StoredObject; properties: Record<string, string> }[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (input.object === undefined) {
      missing.push(input.id);
      continue;
    }
    const outcome = prepareUpdate(state, collection, input.object, input.properties, atIso);
    if (!outcome.ok) return outcome;
    planned.push({ object: input.object, properties: outcome.properties });
  }
  const conflict = conflictWithinBatch(collection, planned.map((p) => ({ ...p.object, properties: p.properties })));
  if (conflict !== null) return { ok: false, reply: conflict };
  const updated: StoredObject[] = [];
  for (const plan of planned) {
    const outcome = commitUpdate(state, collection, plan.object, plan.properties, atIso);
    if (outcome.ok) updated.push(outcome.object);
  }
  return { ok: true, value: { updated, missing } };
}

/**
 * The 409 a batch earns when two of its records would hold the same unique value: each was
 * checked against the stored records alone, so they must be checked against each other.
 */
function conflictWithinBatch(collection: ObjectCollection, objects: readonly StoredObject[]): HttpReply | null {
  for (const def of collection.propertyDefinitions()) {
    if (!def.hasUniqueValue) continue;
    const seen = new Set<string>();
    for (const object of objects) {
      const value = object.properties[def.name];
      if (!hasValue(value)) continue;
      if (seen.has(value)) {
        return errorReply(409, 'CONFLICT', `Duplicate value "${value}" for unique property ${def.name} within the batch.`, { context: { propertyName: [def.name] } });
      }
      seen.add(value);
    }
  }
  return null;
}
