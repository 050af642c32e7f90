import { ENDPOINTS } from '../../../../extensions/client/endpoints';
import { previewSelection } from './previewSelection';

/** The header the backend's dev mode reads the chosen demo user from (src/server/verifyRequest.ts). */
export const DEMO_USER_HEADER = 'X-Demo-User-Id';

/** `fetch` to our backend as the chosen demo user (dev mode), as `hubspot.fetch` would sign it in HubSpot. */
export function fetchAsViewer(url: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const { person } = previewSelection();
  const method = (init.method ?? 'GET').toUpperCase();
  const hasBody = method !== 'GET' && init.body !== undefined;
  return fetch(url, {
    method,
    headers: { [DEMO_USER_HEADER]: String(person.userId), ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
    body: hasBody ? JSON.stringify(init.body) : undefined,
  });
}

/**
 * `hubspot.serverless(name, { parameters })` in the preview: the app function of that name
 * (ENDPOINTS) is served by the same handler behind the backend route, so the call goes there.
 * The backend answers the app function's own envelope `{ ok, data | error }` with HTTP 200;
 * the card's claimed user is dropped, since the backend knows the chosen demo user itself.
 */
export async function serverlessViaBackend(name: string, options: { parameters?: Record<string, unknown> } = {}): Promise<unknown> {
  const endpoint = Object.values(ENDPOINTS).find((e) => e.functionName === name);
  if (endpoint === undefined) throw new Error(`no app function named ${name}`);
  const { claimedUser: _claimed, ...input } = options.parameters ?? {};
  const response = await fetchAsViewer(endpoint.path, { method: endpoint.method, body: input });
  const body = (await response.json().catch(() => null)) as unknown;
  if (typeof body === 'object' && body !== null && 'ok' in body) return body;
  throw new Error(`the backend answered HTTP ${response.status}`);
}
