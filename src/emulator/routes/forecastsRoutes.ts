import type { CrmState } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { objectReadRoutes } from './objectReadRoutes';

/**
 * The Forecasts API (beta) guide reads forecasts at `GET /crm/objects/v3/forecasts` (list,
 * `?properties=`) and `GET /crm/objects/v3/forecasts/{id}`: the same reads as every object
 * type's, so these are the object read routes under that path. `/crm/v3/objects/forecasts`
 * answers too, with search and batch read, like any type.
 */
export function forecastsRoutes(state: CrmState): RouteSpec[] {
  const aliases: Record<string, string> = {
    'GET /crm/v3/objects/{objectType}': '/crm/objects/v3/forecasts',
    'GET /crm/v3/objects/{objectType}/{objectId}': '/crm/objects/v3/forecasts/:objectId',
  };
  return objectReadRoutes(state).flatMap((spec) => {
    const path = aliases[spec.key];
    if (path === undefined) return [];
    return [{ ...spec, paths: [path], key: `GET ${path.replace(':objectId', '{objectId}')}`, handler: (request) => spec.handler({ ...request, params: { ...request.params, objectType: 'forecasts' } }) }];
  });
}
