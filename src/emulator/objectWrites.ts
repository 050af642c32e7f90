import { z } from 'zod';
import { versionOf } from './changeFeed';
import type { CrmState } from './crmState';
import { customTypeFor } from './crmState';
import { dealDerivedProperties } from './dealDerivedProperties';
import { associationTarget } from './associationTypes';
import type { HttpReply } from './httpReply';
import { badRequest, errorReply } from './httpReply';
import type { ObjectCollection } from './objectCollection';
import type { StoredObject } from './storedObject';
import { hasValue } from './storedObject';
import { propertyProblemsMessage, validateProperties } from './validateProperties';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => (v === null ? '' : String(v)));

/** `SimplePublicObjectInputForCreate` / `SimplePublicObjectInput` bodies. */
export const objectInputSchema = z.object({
  properties: z.record(z.string(), scalar),
  associations: z
    .array(z.object({ to: z.object({ id: z.string() }), types: z.array(z.object({ associationCategory: z.string(), associationTypeId: z.number() })) }))
    .optional(),
});
export type ObjectInput = z.infer<typeof objectInputSchema>;

export type WriteOutcome = { ok: true; object: StoredObject } | { ok: false; reply: HttpReply };

/** Creates a record as HubSpot does: validated values, required and unique properties enforced. */
export function createObject(state: CrmState, collection: ObjectCollection, input: ObjectInput, atIso: string): WriteOutcome {
  const prepared = prepareCreate(state, collection, input, atIso);
  if (prepared.ok) commitCreate(state, collection, prepared.object);
  return prepared;
}

/**
 * The record a create would store, checked but not stored yet, so that a batch can refuse
 * every input when one is bad (HubSpot's batch create is all or nothing) and lose nothing.
 */
export function prepareCreate(state: CrmState, collection: ObjectCollection, input: ObjectInput, atIso: string): WriteOutcome {
  const checked = checkValues(collection, input.properties);
  if (!checked.ok) return checked;
  const required = customTypeFor(state, collection.info.objectTypeId)?.schema.requiredProperties ?? [];
  const missing = required.filter((name) => !hasValue(checked.values[name]));
  if (missing.length > 0) {
    const problems = missing.map((name) => ({ isValid: false as const, message: `Property "${name}" is required`, error: 'REQUIRED_PROPERTY', name }));
    return { ok: false, reply: badRequest(propertyProblemsMessage(problems)) };
  }
  const id = state.nextObjectId();
  const properties = withSystemValues(state, collection, {}, checked.values, atIso, id);
  const conflict = uniqueConflict(collection, properties, null);
  if (conflict !== null) return { ok: false, reply: conflict };
  const object: StoredObject = { id, properties, createdAt: atIso, updatedAt: atIso, archived: false };
  if (input.associations !== undefined && input.associations.length > 0) object.associations = associationsOf(input.associations);
  return { ok: true, object };
}

/** Stores a prepared record and announces the write. */
export function commitCreate(state: CrmState, collection: ObjectCollection, object: StoredObject): void {
  collection.insert(object);
  state.changes.publish({ collection, kind: 'create', before: null, after: versionOf(object), atMs: Date.parse(object.createdAt) });
}

/** Merges new values into a record; an empty string clears one. */
export function updateObject(state: CrmState, collection: ObjectCollection, object: StoredObject, values: Record<string, string>, atIso: string): WriteOutcome {
  const prepared = prepareUpdate(state, collection, object, values, atIso);
  return prepared.ok ? commitUpdate(state, collection, object, prepared.properties, atIso) : prepared;
}

/** The properties an update would store, checked but not stored, so a batch can refuse all of its inputs at once. */
export function prepareUpdate(
  state: CrmState,
  collection: ObjectCollection,
  object: StoredObject,
  values: Record<string, string>,
  atIso: string,
): { ok: true; properties: Record<string, string> } | { ok: false; reply: HttpReply } {
  const checked = checkValues(collection, values);
  if (!checked.ok) return checked;
  const properties = withSystemValues(state, collection, object.properties, checked.values, atIso, object.id);
  const conflict = uniqueConflict(collection, properties, object.id);
  return conflict === null ? { ok: true, properties } : { ok: false, reply: conflict };
}

/** Stores prepared properties and announces the write. */
export function commitUpdate(state: CrmState, collection: ObjectCollection, object: StoredObject, properties: Record<string, string>, atIso: string): WriteOutcome {
  const before = versionOf(object);
  const updated = collection.replaceProperties(object.id, properties, atIso);
  if (updated === undefined) return { ok: false, reply: badRequest('record vanished') };
  state.changes.publish({ collection, kind: 'update', before, after: versionOf(updated), atMs: Date.parse(atIso) });
  return { ok: true, object: updated };
}

function checkValues(collection: ObjectCollection, values: Record<string, string>): { ok: true; values: Record<string, string> } | { ok: false; reply: HttpReply } {
  const result = validateProperties(values, (name) => collection.definition(name));
  if (result.ok) return { ok: true, values: result.value };
  const errors = result.error.map((p) => ({ message: p.message, code: p.error, context: { propertyName: [p.name] } }));
  return { ok: false, reply: badRequest(propertyProblemsMessage(result.error), { errors }) };
}

function withSystemValues(state: CrmState, collection: ObjectCollection, before: Record<string, string>, changes: Record<string, string>, atIso: string, id: string): Record<string, string> {
  const merged: Record<string, string> = { ...before };
  for (const [name, value] of Object.entries(changes)) {
    if (value === '') delete merged[name];
    else merged[name] = value;
  }
  const isNew = Object.keys(before).length === 0;
  const createKey = ['deals', 'contacts', 'companies'].includes(collection.info.name) ? 'createdate' : 'hs_createdate';
  if (isNew) merged[createKey] = merged[createKey] ?? atIso;
  merged.hs_object_id = id;
  merged.hs_lastmodifieddate = atIso;
  return collection.info.name === 'deals' ? dealDerivedProperties(state.pipelines, before, merged, atIso, changes) : merged;
}

/**
 * HubSpot refuses a write that would give a `hasUniqueValue` property a value another live
 * record already has, naming the record that holds it (409 CONFLICT, as for a duplicate
 * contact email).
 */
function uniqueConflict(collection: ObjectCollection, properties: Record<string, string>, selfId: string | null): HttpReply | null {
  for (const def of collection.propertyDefinitions()) {
    const value = properties[def.name];
    if (!def.hasUniqueValue || !hasValue(value)) continue;
    for (const id of collection.idsEqualTo(def.name, value)) {
      const holder = collection.get(id);
      if (id !== selfId && holder !== undefined && !holder.archived) {
        return errorReply(409, 'CONFLICT', `A ${collection.info.name} record with ${def.name} "${value}" already exists. Existing ID: ${id}`, {
          context: { id: [id], propertyName: [def.name] },
        });
      }
    }
  }
  return null;
}

function associationsOf(inputs: NonNullable<ObjectInput['associations']>): NonNullable<StoredObject['associations']> {
  const result: NonNullable<StoredObject['associations']> = {};
  for (const input of inputs) {
    for (const type of input.types) {
      const target = associationTarget(type.associationTypeId);
      const list = result[target] ?? { results: [] };
      list.results.push({ id: input.to.id, type: String(type.associationTypeId) });
      result[target] = list;
    }
  }
  return result;
}
