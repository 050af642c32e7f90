import { z } from 'zod';
import { archiveObject } from '../archiveObject';
import { createBatch, updateBatch } from '../batchWrites';
import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { EmulatorRequest, RouteSpec } from '../emulatorRequest';
import { findRecord } from '../findRecord';
import type { HttpReply } from '../httpReply';
import { badRequest, reply } from '../httpReply';
import type { ObjectCollection } from '../objectCollection';
import { objectInputSchema } from '../objectWrites';
import { projectObject, selectedProperties } from '../projectObject';
import { MAX_BATCH } from './batchReadRoute';
import { batchResponse } from './batchResponse';
import { unknownType } from './objectReadRoutes';
import { readOnlyType } from './objectWriteRoutes';
import { zodMessage } from './zodMessage';

const createSchema = z.object({ inputs: z.array(objectInputSchema) });
const updateSchema = z.object({ inputs: z.array(objectInputSchema.pick({ properties: true }).extend({ id: z.string().min(1), idProperty: z.string().optional() })) });
const archiveSchema = z.object({ inputs: z.array(z.object({ id: z.string().min(1) })) });

/**
 * HubSpot's batch writes, at most 100 inputs each: `batch/create` (201), `batch/update`
 * (200, or 207 naming ids that match no live record) and `batch/archive` (204). Each stored
 * record is announced like a single write, so search lag and webhooks see batches too.
 */
export function batchWriteRoutes(state: CrmState, now: () => number): RouteSpec[] {
  const route = (verb: string, handler: (collection: ObjectCollection, body: unknown, atIso: string) => HttpReply): RouteSpec => ({
    method: 'post',
    paths: [`/crm/v3/objects/:objectType/batch/${verb}`],
    key: `POST /crm/v3/objects/{objectType}/batch/${verb}`,
    handler: ({ params, body }: EmulatorRequest) => {
      const collection = collectionFor(state, params.objectType ?? '');
      if (collection === undefined) return unknownType(params.objectType ?? '');
      if (collection.info.readOnly === true) return readOnlyType(collection.info.name);
      return handler(collection, body ?? {}, new Date(now()).toISOString());
    },
  });
  return [
    route('create', (collection, body, atIso) => {
      const parsed = parseInputs(createSchema, body);
      if (!parsed.ok) return parsed.reply;
      const created = createBatch(state, collection, parsed.value, atIso);
      if (!created.ok) return created.reply;
      const results = created.value.map((object) => projectObject(collection, object, selectedProperties(collection, Object.keys(object.properties))));
      return batchResponse(collection, { results, missing: [], startedAt: atIso, completedAt: atIso, verb: 'create' }, 201);
    }),
    route('update', (collection, body, atIso) => {
      const parsed = parseInputs(updateSchema, body);
      if (!parsed.ok) return parsed.reply;
      const ids = parsed.value.map((input) => input.id);
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (repeated.length > 0) return badRequest(`Duplicate IDs found in batch input: [${[...new Set(repeated)].join(', ')}]. IDs must be unique`);
      const inputs = [];
      for (const input of parsed.value) {
        const found = findRecord(collection, input.id, input.idProperty, false);
        if (!found.ok) return badRequest(found.error);
        inputs.push({ object: found.value, id: input.id, properties: input.properties });
      }
      const outcome = updateBatch(state, collection, inputs, atIso);
      if (!outcome.ok) return outcome.reply;
      const results = outcome.value.updated.map((object) => projectObject(collection, object, selectedProperties(collection, Object.keys(object.properties))));
      return batchResponse(collection, { results, missing: outcome.value.missing, startedAt: atIso, completedAt: atIso, verb: 'update' });
    }),
    route('archive', (collection, body, atIso) => {
      const parsed = parseInputs(archiveSchema, body);
      if (!parsed.ok) return parsed.reply;
      for (const input of parsed.value) archiveObject(state, collection, input.id, atIso);
      return reply(204, undefined);
    }),
  ];
}

function parseInputs<T>(schema: z.ZodType<{ inputs: T[] }>, body: unknown): { ok: true; value: T[] } | { ok: false; reply: HttpReply } {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, reply: badRequest(zodMessage(parsed.error)) };
  const { inputs } = parsed.data;
  if (inputs.length > MAX_BATCH) return { ok: false, reply: badRequest(`Batch input limit exceeded: ${inputs.length} inputs; the maximum is ${MAX_BATCH}.`) };
  return { ok: true, value: inputs };
}
