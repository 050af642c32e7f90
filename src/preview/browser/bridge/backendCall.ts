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
 * (ENDPOINTS) is served by the same handler behind the backend route, so the call goes there
 * and the answer is wrapped in the app function's `{ ok, data | error }` envelope.
 */
export async function serverlessViaBackend(name: string, options: { parameters?: unknown } = {}): Promise<unknown> {
  const endpoint = Object.values(ENDPOINTS).find((e) => e.functionName === name);
  if (endpoint === undefined) throw new Error(`no app function named ${name}`);
  const response = await fetchAsViewer(endpoint.path, { method: endpoint.method, body: options.parameters ?? {} });
  const body = (await response.json()) as unknown;
  if (response.ok) return { ok: true, data: body };
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (error === undefined) throw new Error(`the backend answered HTTP ${response.status}`);
  return { ok: false, error };
}
