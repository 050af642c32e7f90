import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id, sent back in X-Request-Id and in the body of an internal error,
 * and written in the log line of that error: a user's "it failed" can then be matched to the
 * one log entry with the stack (README "errors", "500 internal (logged with its stack)").
 */
export const assignRequestId: RequestHandler = (_req, res, next) => {
  const id = randomUUID();
  res.locals.requestId = id;
  res.set(REQUEST_ID_HEADER, id);
  next();
};

export const requestIdOf = (res: Response): string | undefined => (typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined);
