import type { HubSpotOwner } from '../../domain/snapshot';
import type { CrmState } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryFlag, queryString } from '../emulatorRequest';
import { badRequest, notFound, reply } from '../httpReply';
import { offsetPage } from './offsetPage';

const MAX_OWNER_PAGE = 500;

/** `GET /crm/v3/owners/` and `GET /crm/v3/owners/{ownerId}` in HubSpot's `PublicOwner` shape. */
export function ownersRoutes(state: CrmState): RouteSpec[] {
  return [
    {
      method: 'get',
      paths: ['/crm/v3/owners'],
      key: 'GET /crm/v3/owners',
      handler: ({ query }) => {
        const limit = Number(queryString(query, 'limit') ?? 100);
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OWNER_PAGE) {
          return badRequest(`limit must be an integer between 1 and ${MAX_OWNER_PAGE}.`);
        }
        const email = queryString(query, 'email')?.toLowerCase();
        const archived = queryFlag(query, 'archived');
        const owners = state.owners
          .filter((owner) => (owner.archived ?? false) === archived)
          .filter((owner) => email === undefined || (owner.email ?? '').toLowerCase() === email);
        const page = offsetPage(owners, queryString(query, 'after'), limit, '/crm/v3/owners/');
        if (!page.ok) return badRequest(page.error);
        return reply(200, { results: page.value.items.map((owner) => publicOwner(owner, state.seededAt)), ...page.value.paging });
      },
    },
    {
      method: 'get',
      paths: ['/crm/v3/owners/:ownerId'],
      key: 'GET /crm/v3/owners/{ownerId}',
      handler: ({ params, query }) => {
        const idProperty = queryString(query, 'idProperty') ?? 'id';
        if (idProperty !== 'id' && idProperty !== 'userId') return badRequest(`idProperty must be id or userId, got ${idProperty}.`);
        const archived = queryFlag(query, 'archived');
        const wanted = params.ownerId ?? '';
        const owner = state.owners.find(
          (o) => (o.archived ?? false) === archived && (idProperty === 'id' ? o.id === wanted : String(o.userId ?? '') === wanted),
        );
        return owner === undefined ? notFound(`Owner ${wanted} not found.`) : reply(200, publicOwner(owner, state.seededAt));
      },
    },
  ];
}

function publicOwner(owner: HubSpotOwner, seededAt: string): Record<string, unknown> {
  return {
    id: owner.id,
    email: owner.email ?? undefined,
    type: owner.type ?? 'PERSON',
    firstName: owner.firstName ?? undefined,
    lastName: owner.lastName ?? undefined,
    userId: owner.userId ?? undefined,
    userIdIncludingInactive: owner.userIdIncludingInactive ?? owner.userId ?? undefined,
    createdAt: owner.createdAt ?? seededAt,
    updatedAt: owner.updatedAt ?? owner.createdAt ?? seededAt,
    archived: owner.archived ?? false,
    teams: owner.teams ?? [],
  };
}
