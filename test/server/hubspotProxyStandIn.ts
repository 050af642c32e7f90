import type { FetchLike } from '../../extensions/client/createFetchClient';
import { signatureV3 } from '../../src/server/hubspotSignature';
import { NOW, PORTAL_ID, SECRET } from './backendHarness';

/** What the stand-in saw: every request it sent to the backend, retries included. */
export interface ProxyLog {
  sent: { method: string; path: string; status: number }[];
}

/**
 * A stand-in for HubSpot's `hubspot.fetch` proxy, as HubSpot's dev server implements it
 * (design.md "HubSpot facts"): it appends portalId, userId and userEmail to the URL and signs
 * the request (v3), gives up after the call's `timeout` (15 s unless asked), sends the request
 * once more when the backend answers 5xx, and hands the card a 3xx–5xx answer with its own
 * error body instead of the backend's: only the status survives. `network` is what lies
 * between it and the backend (a load balancer, say); plain fetch unless a test puts one there.
 */
export function hubspotProxyStandIn(user: { userId: number; email?: string }, log: ProxyLog = { sent: [] }, network: typeof fetch = fetch): FetchLike {
  const once = async (url: string, options: Parameters<FetchLike>[1]) => {
    const signedUrl = `${url}?portalId=${PORTAL_ID}&userId=${user.userId}&userEmail=${encodeURIComponent(user.email ?? '')}&appId=1`;
    const body = options.body === undefined ? '' : JSON.stringify(options.body);
    const timestamp = String(NOW);
    const response = await network(signedUrl, {
      method: options.method,
      headers: { 'content-type': 'application/json', 'x-hubspot-request-timestamp': timestamp, 'x-hubspot-signature-v3': signatureV3(SECRET, { method: options.method, url: signedUrl, body, timestamp }) },
      signal: AbortSignal.timeout(options.timeout ?? 15_000),
      ...(options.method === 'GET' ? {} : { body }),
    });
    log.sent.push({ method: options.method, path: new URL(url).pathname, status: response.status });
    return response;
  };
  return async (url, options) => {
    let response = await once(url, options);
    if (response.status >= 500) response = await once(url, options);
    if (response.status < 300) return { ok: response.ok, status: response.status, json: () => response.json() };
    const proxyError = { status: 'error', message: 'The request to the app’s backend failed', correlationId: 'stand-in' };
    return { ok: false, status: response.status, json: async () => proxyError };
  };
}
