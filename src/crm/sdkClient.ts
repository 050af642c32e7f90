import { Client } from '@hubspot/api-client';

export interface HubSpotConnection {
  accessToken: string;
  /** e.g. the emulator's base URL; HubSpot's own API when absent. */
  basePath?: string;
}

/**
 * The one way the app builds `@hubspot/api-client`'s Client: always from a token the caller
 * was given (never at module load, never from process.env). `retries` is the SDK's own retry
 * on 429 and 5xx: 0 where the caller has a policy of its own (the gateway's limiter and
 * back-off), a few where it relies on the SDK's (the in-portal stores).
 */
export function sdkClient(connection: HubSpotConnection, retries: number): Client {
  return new Client({
    accessToken: connection.accessToken,
    ...(connection.basePath === undefined ? {} : { basePath: connection.basePath }),
    numberOfApiCallRetries: retries,
  });
}

/**
 * The SDK answers model instances (dates as Date objects); our zod schemas read HubSpot's JSON
 * shapes, so an answer is turned back into JSON (dates become ISO strings again).
 */
export const plainJson = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
