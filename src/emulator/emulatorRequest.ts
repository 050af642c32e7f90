/** What a route handler sees of an HTTP request: path params, query, parsed JSON body and its raw text. */
export interface EmulatorRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  rawBody: string;
}

export type Handler = (request: EmulatorRequest) => import('./httpReply').HttpReply;

/** One endpoint: its method, the URL forms it answers to, and the key it is counted under. */
export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  paths: string[];
  /** Route template for the request counter, e.g. `GET /crm/v3/owners`. */
  key: string;
  /** Search endpoints have their own secondly limit and send no rate-limit headers. */
  search?: boolean;
  handler: Handler;
}

/** The query value as one string (first of repeated values), if present. */
export function queryString(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A boolean query flag as HubSpot reads it: "true" is true, anything else false. */
export const queryFlag = (query: Record<string, unknown>, name: string): boolean => queryString(query, name) === 'true';
