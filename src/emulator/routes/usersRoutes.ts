import type { HubSpotUser } from '../../domain/snapshot';
import type { CrmState } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { queryString } from '../emulatorRequest';
import { badRequest, notFound, reply } from '../httpReply';
import { offsetPage } from './offsetPage';

/** `GET /settings/v3/users/` and `GET /settings/v3/users/{userId}` (idProperty USER_ID or EMAIL) from the snapshot's users. */
export function usersRoutes(state: CrmState): RouteSpec[] {
  return [
    {
      method: 'get',
      paths: ['/settings/v3/users'],
      key: 'GET /settings/v3/users',
      handler: ({ query }) => {
        const limit = Number(queryString(query, 'limit') ?? 100);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return badRequest('limit must be between 1 and 100.');
        const page = offsetPage(state.users, queryString(query, 'after'), limit, '/settings/v3/users/');
        if (!page.ok) return badRequest(page.error);
        return reply(200, { results: page.value.items.map(publicUser), ...page.value.paging });
      },
    },
    {
      method: 'get',
      paths: ['/settings/v3/users/:userId'],
      key: 'GET /settings/v3/users/{userId}',
      handler: ({ params, query }) => {
        const idProperty = queryString(query, 'idProperty') ?? 'USER_ID';
        if (idProperty !== 'USER_ID' && idProperty !== 'EMAIL') return badRequest(`idProperty must be USER_ID or EMAIL, got ${idProperty}.`);
        const wanted = params.userId ?? '';
        const user = state.users.find((u) => (idProperty === 'USER_ID' ? u.id === wanted : (u.email ?? '').toLowerCase() === wanted.toLowerCase()));
        return user === undefined ? notFound(`User ${wanted} not found.`) : reply(200, publicUser(user));
      },
    },
  ];
}

function publicUser(user: HubSpotUser): Record<string, unknown> {
  return {
    id: user.id,
    email: user.email ?? '',
    firstName: user.firstName,
    lastName: user.lastName,
    roleIds: user.roleIds ?? [],
    primaryTeamId: user.primaryTeamId,
    secondaryTeamIds: user.secondaryTeamIds ?? [],
    superAdmin: user.superAdmin ?? false,
  };
}
