import { CrmError, kindOfStatus } from './crmError';
import { retryAfterMs } from './retryAfter';

/**
 * Turns whatever the SDK threw into a CrmError. The SDK's `ApiException` (one class per
 * generated module, so recognised by shape: a numeric `code`, `headers`, `body`) carries
 * HubSpot's status, headers and error body `{ message, correlationId, category }`. A network
 * failure or an unreadable answer never reached a HubSpot verdict: `unavailable`, status 0.
 */
interface ApiExceptionShape {
  code: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const isApiException = (e: unknown): e is ApiExceptionShape =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'number';

function readBody(body: unknown): { message: string | null; correlationId: string | null } {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return { message: body.slice(0, 200) || null, correlationId: null };
    }
  }
  if (typeof value !== 'object' || value === null) return { message: null, correlationId: null };
  const record = value as Record<string, unknown>;
  return {
    message: typeof record.message === 'string' ? record.message : null,
    correlationId: typeof record.correlationId === 'string' ? record.correlationId : null,
  };
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  for (const key in headers) if (key.toLowerCase() === name) return headers[key] ?? null;
  return null;
}

/** A CrmError from an HTTP status, HubSpot's error body and the response headers. */
export function crmErrorFromResponse(status: number, body: unknown, headers: Record<string, string> | undefined, now: number): CrmError {
  const { message, correlationId } = readBody(body);
  return new CrmError({
    kind: kindOfStatus(status),
    status,
    message: message ?? `HubSpot answered HTTP ${status}`,
    correlationId: correlationId ?? headerOf(headers, 'x-hubspot-correlation-id'),
    retryAfterMs: retryAfterMs(headerOf(headers, 'retry-after'), now),
  });
}

export function sdkErrorToCrmError(error: unknown, now: number): CrmError {
  if (error instanceof CrmError) return error;
  if (isApiException(error)) return crmErrorFromResponse(error.code, error.body, error.headers, now);
  const message = error instanceof Error ? error.message : String(error);
  return new CrmError({ kind: 'unavailable', status: 0, message: `HubSpot could not be reached: ${message}` });
}
