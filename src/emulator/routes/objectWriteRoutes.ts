import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryString } from '../emulatorRequest';
import { findRecord } from '../findRecord';
import type { HttpReply } from '../httpReply';
import { badRequest, reply } from '../httpReply';
import { archiveObject } from '../archiveObject';
import { createObject, objectInputSchema, updateObject } from '../objectWrites';
import { projectObject, selectedProperties } from '../projectObject';
import { objectNotFound, unknownType } from './objectReadRoutes';
import { zodMessage } from './zodMessage';

/**
 * A write to a type HubSpot serves read-only (the Forecasts API beta: "You cannot currently
 * create, update, or delete forecasts"). HubSpot documents no status for it; 400 says so.
 */
export const readOnlyType = (name: string): HttpReply => badRequest(`${name} are read-only: HubSpot's API offers no create, update or delete for them.`);

/**
 * `POST /crm/v3/objects/{objectType}` (201 with the new record) and
 * `PATCH /crm/v3/objects/{objectType}/{objectId}` (200), answering with every property the
 * record has, as HubSpot does after a write; `DELETE /crm/v3/objects/{objectType}/{objectId}`
 * archives and answers 204 whether or not a live record had the id, as HubSpot does.
 * `now` stamps the write.
 */
export function objectWriteRoutes(state: CrmState, now: () => number): RouteSpec[] {
  return [
    {
      method: 'post',
      paths: ['/crm/v3/objects/:objectType'],
      key: 'POST /crm/v3/objects/{objectType}',
      handler: ({ params, body }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        if (collection.info.readOnly === true) return readOnlyType(collection.info.name);
        const input = objectInputSchema.safeParse(body);
        if (!input.success) return badRequest(zodMessage(input.error));
        const outcome = createObject(state, collection, input.data, new Date(now()).toISOString());
        if (!outcome.ok) return outcome.reply;
        const names = selectedProperties(collection, Object.keys(outcome.object.properties));
        return reply(201, projectObject(collection, outcome.object, names));
      },
    },
    {
      method: 'patch',
      paths: ['/crm/v3/objects/:objectType/:objectId'],
      key: 'PATCH /crm/v3/objects/{objectType}/{objectId}',
      handler: ({ params, query, body }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        if (collection.info.readOnly === true) return readOnlyType(collection.info.name);
        const input = objectInputSchema.safeParse(body);
        if (!input.success) return badRequest(zodMessage(input.error));
        const found = findRecord(collection, params.objectId ?? '', queryString(query, 'idProperty'), false);
        if (!found.ok) return badRequest(found.error);
        if (found.value === undefined) return objectNotFound(params.objectId ?? '');
        const outcome = updateObject(state, collection, found.value, input.data.properties, new Date(now()).toISOString());
        if (!outcome.ok) return outcome.reply;
        const names = selectedProperties(collection, Object.keys(outcome.object.properties));
        return reply(200, projectObject(collection, outcome.object, names));
      },
    },
    {
      method: 'delete',
      paths: ['/crm/v3/objects/:objectType/:objectId'],
      key: 'DELETE /crm/v3/objects/{objectType}/{objectId}',
      handler: ({ params }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        if (collection.info.readOnly === true) return readOnlyType(collection.info.name);
        archiveObject(state, collection, params.objectId ?? '', new Date(now()).toISOString());
        return reply(204, undefined);
      },
    },
  ];
}
