import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { BackendLogger } from './backendLogger';
import { requestIdOf } from './requestId';
import { sendError } from './sendError';

export const BODY_LIMIT = '1mb';

/** What body-parser attaches to the errors it raises (too large, aborted, bad encoding). */
interface ParserError {
  type?: unknown;
  status?: unknown;
}

/**
 * The last middleware: whatever escaped a route ends here. A body over the limit is the
 * caller's to fix (413, matching hubspot.fetch's own 1 MB cap); another body-parser refusal is
 * 400; anything else is logged with its stack and answered generically, so no stack trace,
 * query or token ever reaches a card.
 */
export function errorMiddleware(logger: BackendLogger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const parser = (typeof error === 'object' && error !== null ? error : {}) as ParserError;
    if (parser.type === 'entity.too.large') {
      return sendError(res, { code: 'invalid', message: 'the request body is larger than 1 MB' }, 413);
    }
    if (typeof parser.status === 'number' && parser.status >= 400 && parser.status < 500) {
      return sendError(res, { code: 'invalid', message: 'the request body could not be read' }, 400);
    }
    logger.error(`${req.method} ${req.path} failed (request ${requestIdOf(res) ?? 'without id'})`, error);
    sendError(res, { code: 'internal', message: 'something went wrong on the KPI backend; it has been logged' });
  };
}

/** Any path the backend does not serve, in the same error shape as everything else. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, { code: 'not_found', message: `no route for ${req.method} ${req.path}` });
};
