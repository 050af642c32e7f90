import type { AccountDetails } from './hubspotResponses';

/**
 * The portal as the app keeps it (the snapshot's `portal`, the port's PortalInfo), from
 * account info: its id, zone, home currency and, when HubSpot names it, the host of its UI.
 */
export function portalInfoOf(account: AccountDetails): { id: number; timeZone: string; currency: string; uiDomain?: string } {
  const portal = { id: account.portalId, timeZone: account.timeZone, currency: account.companyCurrency };
  return account.uiDomain === undefined ? portal : { ...portal, uiDomain: account.uiDomain };
}
