import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryFlag, queryString } from '../emulatorRequest';
import { findRecord } from '../findRecord';
import type { HttpReply } from '../httpReply';
import { badRequest, errorReply, reply } from '../httpReply';
import { namesFromQuery, projectObject, selectedProperties } from '../projectObject';
import type { StoredObject } from '../storedObject';
import { offsetPage } from './offsetPage';

const MAX_LIST_PAGE = 100;

export const unknownType = (segment: string): HttpReply => badRequest(`Unable to infer object type from: ${segment}`);

/** `GET /crm/v3/objects/{objectType}` (list) and `GET /crm/v3/objects/{objectType}/{objectId}`. */
export function objectReadRoutes(state: CrmState): RouteSpec[] {
  return [
    {
      method: 'get',
      paths: ['/crm/v3/objects/:objectType'],
      key: 'GET /crm/v3/objects/{objectType}',
      handler: ({ params, query }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        const limit = Number(queryString(query, 'limit') ?? 10);
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_PAGE) return badRequest(`limit must be between 1 and ${MAX_LIST_PAGE}.`);
        const archived = queryFlag(query, 'archived');
        const records = collection.listed(archived);
        const page = offsetPage(records, queryString(query, 'after'), limit, `/crm/v3/objects/${params.objectType ?? ''}`);
        if (!page.ok) return badRequest(page.error);
        const names = selectedProperties(collection, namesFromQuery(query.properties));
        const associations = namesFromQuery(query.associations) ?? [];
        const results = page.value.items.map((object) => withAssociations(projectObject(collection, object, names), object, associations));
        return reply(200, { results, ...page.value.paging });
      },
    },
    {
      method: 'get',
      paths: ['/crm/v3/objects/:objectType/:objectId'],
      key: 'GET /crm/v3/objects/{objectType}/{objectId}',
      handler: ({ params, query }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        const found = findRecord(collection, params.objectId ?? '', queryString(query, 'idProperty'), queryFlag(query, 'archived'));
        if (!found.ok) return badRequest(found.error);
        if (found.value === undefined) return objectNotFound(params.objectId ?? '');
        const names = selectedProperties(collection, namesFromQuery(query.properties));
        const projected = projectObject(collection, found.value, names);
        return reply(200, withAssociations(projected, found.value, namesFromQuery(query.associations) ?? []));
      },
    },
  ];
}

export function objectNotFound(id: string): HttpReply {
  return errorReply(404, 'OBJECT_NOT_FOUND', 'Object not found.  objectId are usually numeric.', { context: { id: [id] } });
}

/** Adds the requested association types (`SimplePublicObjectWithAssociations`). */
function withAssociations(projected: Record<string, unknown>, object: StoredObject, types: readonly string[]): Record<string, unknown> {
  if (types.length === 0 || object.associations === undefined) return projected;
  const picked = Object.fromEntries(types.flatMap((type) => {
    const list = object.associations?.[type];
    return list === undefined ? [] : [[type, list]];
  }));
  return Object.keys(picked).length === 0 ? projected : { ...projected, associations: picked };
}
