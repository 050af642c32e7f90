import type { Response } from 'express';
import type { ErrorCode, HandlerError } from '../handlers/contracts/common';
import { requestIdOf } from './requestId';

/** The HTTP status of each handler error code (issue 4: 400/401/403/404/409/429/502, else 500). */
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
 * Every failure leaves the backend as `{ error: { code, message, fields?, requestId? } }`, which
 * the fetch client reads. An internal error carries the request id its log line names.
 */
export function sendError(res: Response, error: HandlerError, status: number = STATUS_OF_CODE[error.code]): void {
  const requestId = requestIdOf(res);
  res.status(status).json({ error: error.code === 'internal' && requestId !== undefined ? { ...error, requestId } : error });
}
