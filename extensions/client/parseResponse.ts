import { z } from 'zod';
import type { HandlerError } from '../../src/handlers/contracts/common';
import { handlerErrorSchema } from '../../src/handlers/contracts/common';
import type { ClientResult } from './kpiClient';
import type { Endpoint } from './endpoints';

/** Up to three zod issues as "path: message", enough for a support ticket without flooding the card. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** A payload that does not match the contract is our bug, not the user's: an `internal` error. */
export function parseData<T>(endpoint: Endpoint<T>, raw: unknown): ClientResult<T> {
  const parsed = endpoint.output.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `The ${endpoint.functionName} response did not have the expected shape (${describeIssues(parsed.error)}).`,
    },
  };
}

/** A thrown call or a timeout: the service was not reached, so the user may retry. */
export function couldNotReach(endpoint: Endpoint<unknown>, cause: unknown): { ok: false; error: HandlerError } {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return {
    ok: false,
    error: { code: 'crm_unavailable', message: `Could not reach the KPI service (${endpoint.functionName}): ${detail}` },
  };
}

export function malformed(endpoint: Endpoint<unknown>, what: string): { ok: false; error: HandlerError } {
  return { ok: false, error: { code: 'internal', message: `The ${endpoint.functionName} response was not understood: ${what}.` } };
}

/**
 * The one answer shape of both transports: `{ ok: true, data }` or `{ ok: false, error }`, what
 * an app function returns and what the backend answers with HTTP 200 (src/server/sendResult.ts).
 */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: handlerErrorSchema }),
]);

/** An answer in the envelope: a refusal as the handler said it, data checked against the contract. */
export function parseEnvelope<T>(endpoint: Endpoint<T>, raw: unknown): ClientResult<T> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return malformed(endpoint, 'expected { ok, data } or { ok: false, error }');
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  return parseData(endpoint, envelope.data.data);
}
