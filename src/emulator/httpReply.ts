import { randomUUID } from 'node:crypto';

/**
 * What every emulator handler returns: a status, a JSON body and extra headers. Handlers
 * build replies instead of writing to Express so they stay plain functions of the request
 * and the state; the one adapter in `emulatorRoute` writes them out.
 */
export interface HttpReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** HubSpot's error categories that the emulator answers with. */
export type ErrorCategory =
  | 'INVALID_AUTHENTICATION'
  | 'VALIDATION_ERROR'
  | 'OBJECT_NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITS'
  | 'INTERNAL_ERROR';

export const correlationId = (): string => randomUUID();

export const reply = (status: number, body: unknown, headers?: Record<string, string>): HttpReply =>
  headers ? { status, body, headers } : { status, body };

/**
 * HubSpot's standard error body: `{ status: "error", message, correlationId, category }`,
 * plus optional `context` / `errors` when HubSpot names what was wrong.
 */
export function errorReply(
  status: number,
  category: ErrorCategory,
  message: string,
  extra: { context?: Record<string, string[]>; errors?: unknown[] } = {},
): HttpReply {
  return reply(status, { status: 'error', message, correlationId: correlationId(), category, ...extra });
}

export const notFound = (message = 'resource not found'): HttpReply => errorReply(404, 'OBJECT_NOT_FOUND', message);

export const badRequest = (message: string, extra?: { context?: Record<string, string[]>; errors?: unknown[] }): HttpReply =>
  errorReply(400, 'VALIDATION_ERROR', message, extra);
