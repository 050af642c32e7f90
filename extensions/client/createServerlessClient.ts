import type { Invoker } from './clientFromInvoker';
import { clientFromInvoker } from './clientFromInvoker';
import type { KpiClient } from './kpiClient';
import { couldNotReach, parseEnvelope } from './parseResponse';

/** `hubspot.serverless` as the client needs it: the app function returns `{ ok, data | error }`. */
export type RunServerless = (name: string, options: { parameters: Record<string, unknown>; propertiesToSend?: string[] }) => Promise<unknown>;

/** The card's `context.user`, as far as the functions need it. */
export interface CardUser {
  id: number;
  email?: string | null;
  locale?: string | null;
}

/**
 * The client that calls one HubSpot app function per handler (names in ENDPOINTS). HubSpot's
 * 2026.03 function context does not say who is signed in, so every call passes the card's own
 * `context.user` as `claimedUser` (serverless/functionContext.ts): a claim the functions trust
 * for the viewer's own numbers only.
 */
export function createServerlessClient(user: CardUser, runServerless: RunServerless): KpiClient {
  const claimedUser = { id: user.id, email: user.email ?? null, locale: user.locale ?? null };
  const invoke: Invoker = async (endpoint, input, options) => {
    let raw: unknown;
    try {
      const propertiesToSend = options?.propertiesToSend === undefined ? {} : { propertiesToSend: [...options.propertiesToSend] };
      raw = await runServerless(endpoint.functionName, { parameters: { ...(input ?? {}), claimedUser }, ...propertiesToSend });
    } catch (cause) {
      return couldNotReach(endpoint, cause);
    }
    return parseEnvelope(endpoint, raw);
  };
  return clientFromInvoker(invoke);
}
