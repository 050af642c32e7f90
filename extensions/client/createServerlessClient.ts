import { z } from 'zod';
import { handlerErrorSchema } from '../../src/handlers/contracts/common';
import type { Invoker } from './clientFromInvoker';
import { clientFromInvoker } from './clientFromInvoker';
import type { KpiClient } from './kpiClient';
import { couldNotReach, malformed, parseData } from './parseResponse';

/** `hubspot.serverless` as the client needs it: the app function returns `{ ok, data | error }`. */
export type RunServerless = (name: string, options: { parameters: Record<string, unknown> }) => Promise<unknown>;

const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: handlerErrorSchema }),
]);

/** The client that calls one HubSpot app function per handler (names in ENDPOINTS). */
export function createServerlessClient(runServerless: RunServerless): KpiClient {
  const invoke: Invoker = async (endpoint, input) => {
    let raw: unknown;
    try {
      raw = await runServerless(endpoint.functionName, { parameters: input ?? {} });
    } catch (cause) {
      return couldNotReach(endpoint, cause);
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return malformed(endpoint, 'expected { ok, data } or { ok: false, error }');
    if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
    return parseData(endpoint, envelope.data.data);
  };
  return clientFromInvoker(invoke);
}
