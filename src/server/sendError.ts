import type { Response } from 'express';
import type { ErrorCode, HandlerError } from '../handlers/contracts/common';
import type { HandlerResult } from '../handlers/handlerResult';
import { requestIdOf } from './requestId';

/** The HTTP status of each handler error code (400/401/403/404/409/429/502, else 500). */
export const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  crm_unavailable: 502,
  preparing: 503,
  needs_backend: 413,
  internal: 500,
};

/**
 * A failure outside any handler (a signature, a body, a route, a crash) in its HTTP status,
 * with the envelope's `{ ok: false, error }` body. HubSpot's proxy replaces the body of a
 * 3xx–5xx answer with its own error, so the card may get only the status (codeForStatus in
 * extensions/client); what a handler refuses is answered 200 instead (sendResult). An
 * internal error carries the request id its log line names.
 */
export function sendError(res: Response, error: HandlerError, status: number = STATUS_OF_CODE[error.code]): void {
  res.status(status).json({ ok: false, error: withRequestId(res, error) });
}

/**
 * A handler's answer: always HTTP 200 with the envelope `{ ok: true, data }` or
 * `{ ok: false, error }`, the shape an app function returns. A refusal (forbidden, not found,
 * conflict, invalid with its fields) thus reaches the card as the handler's own message
 * through HubSpot's proxy, which passes 2xx bodies unchanged and would hide a 4xx body. The
 * cause of an internal error stays in the log.
 */
export function sendResult(res: Response, result: HandlerResult<unknown>): void {
  res.status(200).json(result.ok ? result : { ok: false, error: withRequestId(res, result.error) });
}

function withRequestId(res: Response, error: HandlerError): HandlerError {
  const requestId = requestIdOf(res);
  return error.code === 'internal' && requestId !== undefined ? { ...error, requestId } : error;
}
