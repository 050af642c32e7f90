import { z } from 'zod';
import type { ErrorCode } from '../../src/handlers/contracts/common';
import { handlerErrorSchema } from '../../src/handlers/contracts/common';
import type { Invoker } from './clientFromInvoker';
import { clientFromInvoker } from './clientFromInvoker';
import type { HttpMethod } from './endpoints';
import type { KpiClient } from './kpiClient';
import { couldNotReach, malformed, parseData } from './parseResponse';

/** The part of `hubspot.fetch` the client uses (design.md: 15 s timeout, JSON object bodies). */
export type FetchLike = (
  url: string,
  options: { method: HttpMethod; body?: Record<string, unknown>; timeout?: number },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const errorBodySchema = z.object({ error: handlerErrorSchema });

/** When an error response has no readable body, its HTTP status still says what went wrong. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'invalid';
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
 * The client that calls our backend through `hubspot.fetch`: a 2xx body is the DTO itself, a
 * 4xx/5xx body is `{ error: { code, message, fields? } }`.
 */
export function createFetchClient(fetchFn: FetchLike, baseUrl: string, timeoutMs = 15000): KpiClient {
  const base = baseUrl.replace(/\/+$/, '');
  const invoke: Invoker = async (endpoint, input) => {
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      const options = { method: endpoint.method, timeout: timeoutMs, ...(endpoint.method === 'GET' ? {} : { body: input ?? {} }) };
      response = await fetchFn(`${base}${endpoint.path}`, options);
    } catch (cause) {
      return couldNotReach(endpoint, cause);
    }
    const json = await readJson(response);
    if (response.ok) return json.ok ? parseData(endpoint, json.body) : malformed(endpoint, 'the body was not JSON');
    const body = json.ok ? errorBodySchema.safeParse(json.body) : null;
    if (body?.success) return { ok: false, error: body.data.error };
    return { ok: false, error: { code: codeForStatus(response.status), message: `The KPI service answered HTTP ${response.status}.` } };
  };
  return clientFromInvoker(invoke);
}
