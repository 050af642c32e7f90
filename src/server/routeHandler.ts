import type { RequestHandler } from 'express';
import { interactiveBudget, settleWithinBudget } from '../crm/requestBudget';
import { budgetSpent } from '../handlers/budgetSpent';
import type { Viewer } from '../handlers/contracts/common';
import type { HandlerDeps } from '../handlers/handlerDeps';
import type { HandlerResult } from '../handlers/handlerResult';
import type { BackendLogger } from './backendLogger';
import { requestIdOf } from './requestId';
import { sendError } from './sendError';
import type { VerifiedLocals } from './verifyRequest';

/** A handler as the backend serves it: any input, the request's deps, a HandlerResult. */
export type BackendHandler = (input: unknown, deps: HandlerDeps) => Promise<HandlerResult<unknown>>;

/** What a request's deps are built from beside the viewer and the clock: the CRM port and the stores. */
export type RequestServices = Omit<HandlerDeps, 'viewer' | 'now'>;

/** Builds the services for one verified viewer (a gateway port per request, shared stores…). */
export type ServicesFactory = (viewer: Viewer) => RequestServices | Promise<RequestServices>;

/**
 * One route: parse the verified raw body as JSON (GETs and empty bodies are `{}`), build the
 * deps for the verified viewer, run the handler, answer the DTO or the error in its status.
 * A malformed body is the caller's error (400); a throw goes to the error middleware, and an
 * internal error the handler answered is logged here, once, under the request's id.
 */
export function routeHandler(handler: BackendHandler, services: ServicesFactory, now: () => number, logger: BackendLogger): RequestHandler {
  return (req, res, next) => {
    const { viewer, bodyText } = res.locals.verified as VerifiedLocals;
    const input = parseBody(bodyText);
    if (!input.ok) return sendError(res, { code: 'invalid', message: 'the request body is not valid JSON' });
    run(handler, input.value, viewer, services, now, logger).then((result) => {
      if (result.ok) return void res.status(200).json(result.data);
      // The handler turned a throw into an answer; this is its one log line, with the stack.
      if (result.error.code === 'internal') logger.error(`${req.method} ${req.path} failed (request ${requestIdOf(res) ?? 'without id'}): ${result.error.message}`, result.cause ?? result.error);
      sendError(res, result.error);
    }, next);
  };
}

async function run(handler: BackendHandler, input: unknown, viewer: Viewer, services: ServicesFactory, now: () => number, logger: BackendLogger): Promise<HandlerResult<unknown>> {
  const deps: HandlerDeps = { ...(await services(viewer)), viewer, now, logProblem: (message) => logger.error(message) };
  return settleWithinBudget(interactiveBudget(), () => handler(input, deps), budgetSpent);
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
