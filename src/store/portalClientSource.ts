import type { Client } from '@hubspot/api-client';
import { hubspotClient, type HubSpotConnection } from './hubspotClient';

export type PortalClientSource =
  /** One client per portal: a static-auth token belongs to one account. */
  | { client: Client | ((portalId: number) => Client) }
  | HubSpotConnection;

/** The SDK client of each portal, for every store kept in the portal (settings, alert ledger). */
export function portalClients(source: PortalClientSource): (portalId: number) => Client {
  if ('client' in source) {
    const given = source.client;
    return typeof given === 'function' ? given : () => given;
  }
  const client = hubspotClient(source);
  return () => client;
}
