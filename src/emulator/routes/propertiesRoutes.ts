import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryFlag } from '../emulatorRequest';
import { notFound, reply } from '../httpReply';
import { unknownType } from './objectReadRoutes';

/**
 * `GET /crm/v3/properties/{objectType}` and `.../{propertyName}`: HubSpot's standard
 * properties of the type plus those the snapshot's records carry (typed from their
 * values) and, for custom objects, the schema's own. Nothing is ever archived here.
 */
export function propertiesRoutes(state: CrmState): RouteSpec[] {
  return [
    {
      method: 'get',
      paths: ['/crm/v3/properties/:objectType'],
      key: 'GET /crm/v3/properties/{objectType}',
      handler: ({ params, query }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        return reply(200, { results: queryFlag(query, 'archived') ? [] : collection.propertyDefinitions() });
      },
    },
    {
      method: 'get',
      paths: ['/crm/v3/properties/:objectType/:propertyName'],
      key: 'GET /crm/v3/properties/{objectType}/{propertyName}',
      handler: ({ params }) => {
        const collection = collectionFor(state, params.objectType ?? '');
        if (collection === undefined) return unknownType(params.objectType ?? '');
        const def = collection.definition(params.propertyName ?? '');
        return def === undefined ? notFound(`Unable to find property ${params.propertyName ?? ''}`) : reply(200, def);
      },
    },
  ];
}
