import { z } from 'zod';
import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryFlag } from '../emulatorRequest';
import { findRecord } from '../findRecord';
import { badRequest } from '../httpReply';
import { projectObject, selectedProperties } from '../projectObject';
import { batchResponse } from './batchResponse';
import { unknownType } from './objectReadRoutes';
import { zodMessage } from './zodMessage';

/** HubSpot's limit on the inputs of one batch request. */
export const MAX_BATCH = 100;

const batchReadSchema = z.object({
  inputs: z.array(z.object({ id: z.string() })),
  properties: z.array(z.string()).default([]),
  propertiesWithHistory: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});

/**
 * `POST /crm/v3/objects/{objectType}/batch/read`: at most 100 inputs; records are returned
 * in request order; ids that match nothing turn the answer into a 207 (see batchResponse).
 */
export function batchReadRoute(state: CrmState, now: () => number): RouteSpec {
  return {
    method: 'post',
    paths: ['/crm/v3/objects/:objectType/batch/read'],
    key: 'POST /crm/v3/objects/{objectType}/batch/read',
    handler: ({ params, query, body }) => {
      const collection = collectionFor(state, params.objectType ?? '');
      if (collection === undefined) return unknownType(params.objectType ?? '');
      const parsed = batchReadSchema.safeParse(body ?? {});
      if (!parsed.success) return badRequest(zodMessage(parsed.error));
      const { inputs, idProperty } = parsed.data;
      if (inputs.length > MAX_BATCH) return badRequest(`Batch input limit exceeded: ${inputs.length} inputs; the maximum is ${MAX_BATCH}.`);
      const startedAt = new Date(now()).toISOString();
      const names = selectedProperties(collection, parsed.data.properties);
      const results: Record<string, unknown>[] = [];
      const missing: string[] = [];
      for (const input of inputs) {
        const found = findRecord(collection, input.id, idProperty, queryFlag(query, 'archived'));
        if (!found.ok) return badRequest(found.error);
        if (found.value === undefined) missing.push(input.id);
        else results.push(projectObject(collection, found.value, names));
      }
      return batchResponse(collection, { results, missing, startedAt, completedAt: new Date(now()).toISOString(), verb: 'get' });
    },
  };
}
