import type { Client } from '@hubspot/api-client';
import type { HubSpotConnection } from '../crm/sdkClient';
import { sdkClient } from '../crm/sdkClient';

export type { HubSpotConnection };

/**
 * The SDK client the in-portal store talks through. Retries are on because HubSpot answers
 * bursts with 429 and the SDK waits as HubSpot asks (design.md, "HubSpot facts").
 */
export function hubspotClient(connection: HubSpotConnection): Client {
  return sdkClient(connection, 3);
}

/** The HTTP status of an SDK failure (`ApiException.code`), or null for anything else. */
export function httpStatusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'number' && code >= 100 && code < 600 ? code : null;
}
