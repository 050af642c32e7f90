import type { ErrorCode } from '../../src/handlers/contracts/common';
import type { Invoker } from './clientFromInvoker';
import { clientFromInvoker } from './clientFromInvoker';
import type { HttpMethod } from './endpoints';
import type { KpiClient } from './kpiClient';
import { couldNotReach, envelopeSchema, malformed, parseEnvelope } from './parseResponse';

/** The part of `hubspot.fetch` the client uses (design.md: a timeout per call, JSON object bodies). */
export type FetchLike = (
  url: string,
  options: { method: HttpMethod; body?: Record<string, unknown>; timeout?: number },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * What an HTTP status says when its body is gone: HubSpot's proxy replaces a 3xx–5xx body
 * with its own error (design.md "HubSpot facts"). The backend answers every refusal a user
 * can act on with 200 and the envelope, so a status reaching here is the transport's: a
 * signature HubSpot's proxy and the backend disagree on, an oversized body, the backend down.
 */
export function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 413 || status === 422) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'crm_unavailable';
  return 'internal';
}

async function readJson(response: { json(): Promise<unknown> }): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false };
  }
}

/**
 * The client that calls our backend through `hubspot.fetch`, each call with its endpoint's
 * timeout (SURFACE_TIMEOUT_MS). A 2xx body is the envelope `{ ok, data | error }`; any other
 * status is read from the status alone, unless the body survived as an envelope (a direct call,
 * as the preview makes, has no proxy in between).
 */
export function createFetchClient(fetchFn: FetchLike, baseUrl: string): KpiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const invoke: Invoker = async (endpoint, input) => {
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      const options = { method: endpoint.method, timeout: endpoint.timeoutMs, ...(endpoint.method === 'GET' ? {} : { body: input ?? {} }) };
      response = await fetchFn(`${base}${endpoint.path}`, options);
    } catch (cause) {
      return couldNotReach(endpoint, cause);
    }
    const json = await readJson(response);
    if (response.ok) return json.ok ? parseEnvelope(endpoint, json.body) : malformed(endpoint, 'the body was not JSON');
    const envelope = json.ok ? envelopeSchema.safeParse(json.body) : null;
    if (envelope?.success && !envelope.data.ok) return { ok: false, error: envelope.data.error };
    return { ok: false, error: { code: codeForStatus(response.status), message: `The KPI service answered HTTP ${response.status}.` } };
  };
  return clientFromInvoker(invoke);
}
