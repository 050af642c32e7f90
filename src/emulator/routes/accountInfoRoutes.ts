import { DateTime } from 'luxon';
import type { Snapshot } from '../../domain/snapshot';
import type { RouteSpec } from '../emulatorRequest';
import { reply } from '../httpReply';

/**
 * `GET /account-info/v3/details` (and its dated form `/account-info/2026-03/details`): the
 * account the token belongs to. The backend asks it once at start to learn which portal its
 * token reads, so a signed request for any other portal can be refused. The UTC
 * offset is the zone's offset at the emulator's "now", as HubSpot reports the current one.
 */
export function accountInfoRoutes(portal: Snapshot['portal'], now: () => number): RouteSpec[] {
  return [
    {
      method: 'get',
      paths: ['/account-info/v3/details', '/account-info/2026-03/details'],
      key: 'GET /account-info/v3/details',
      handler: () => {
        const offsetMinutes = DateTime.fromMillis(now(), { zone: portal.timeZone }).offset;
        return reply(200, {
          portalId: portal.id,
          accountType: 'STANDARD',
          timeZone: portal.timeZone,
          companyCurrency: portal.currency,
          additionalCurrencies: [],
          utcOffset: formatOffset(offsetMinutes),
          utcOffsetMilliseconds: offsetMinutes * 60_000,
          // HubSpot's own host unless the snapshot names the portal's (an EU portal's is app-eu1.hubspot.com).
          uiDomain: portal.uiDomain ?? 'app.hubspot.com',
          dataHostingLocation: 'na1',
        });
      },
    },
  ];
}

/** "+08:00" / "-05:00", the way HubSpot writes `utcOffset`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
