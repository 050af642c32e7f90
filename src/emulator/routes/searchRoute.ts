import type { CrmState } from '../crmState';
import { collectionFor } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { badRequest, reply } from '../httpReply';
import { projectObject, selectedProperties } from '../projectObject';
import type { SearchIndexLag } from '../searchIndexLag';
import { searchObjects } from '../searchObjects';
import { SEARCH_LIMITS, searchLimitViolation, searchRequestSchema } from '../searchRequest';
import { unknownType } from './objectReadRoutes';
import { zodMessage } from './zodMessage';

/**
 * `POST /crm/v3/objects/{objectType}/search` for every object type, built-in or custom,
 * answering `CollectionResponseWithTotalSimplePublicObjectForwardPaging`. The body-size
 * and filter limits are checked before anything runs, as HubSpot does; writes newer than
 * the index's lag are not seen yet (SearchIndexLag).
 */
export function searchRoute(state: CrmState, now: () => number, lag: SearchIndexLag): RouteSpec {
  return {
    method: 'post',
    paths: ['/crm/v3/objects/:objectType/search'],
    key: 'POST /crm/v3/objects/{objectType}/search',
    search: true,
    handler: ({ params, body, rawBody }) => {
      const collection = collectionFor(state, params.objectType ?? '');
      if (collection === undefined) return unknownType(params.objectType ?? '');
      if (rawBody.length > SEARCH_LIMITS.maxBodyChars) {
        return badRequest(`Request body is ${rawBody.length} characters; the maximum is ${SEARCH_LIMITS.maxBodyChars}.`);
      }
      const parsed = searchRequestSchema.safeParse(body ?? {});
      if (!parsed.success) return badRequest(zodMessage(parsed.error));
      const violation = searchLimitViolation(parsed.data);
      if (violation !== null) return badRequest(violation);
      const page = searchObjects(collection, parsed.data, state.searchCache, lag.view(collection, now()));
      if (!page.ok) return badRequest(page.error);
      const names = selectedProperties(collection, parsed.data.properties);
      const results = page.value.results.map((object) => projectObject(collection, object, names));
      const paging = page.value.nextAfter === undefined ? {} : { paging: { next: { after: page.value.nextAfter } } };
      return reply(200, { total: page.value.total, results, ...paging });
    },
  };
}
