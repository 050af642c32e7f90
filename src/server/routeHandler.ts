import type { RequestHandler } from 'express';
import { INTERACTIVE_BUDGET_MS, interactiveBudget, withRequestBudget } from '../crm/requestBudget';
import type { Viewer } from '../handlers/contracts/common';
import type { HandlerDeps } from '../handlers/handlerDeps';
import type { HandlerResult } from '../handlers/handlerResult';
import { sendError, sendResult } from './sendError';
import type { VerifiedLocals } from './verifyRequest';

/** A handler as the backend serves it: any input, the request's deps, a HandlerResult. */
export type BackendHandler = (input: unknown, deps: HandlerDeps) => Promise<HandlerResult<unknown>>;

/** What a request's deps are built from beside the viewer and the clock: the CRM port and the stores. */
export type RequestServices = Omit<HandlerDeps, 'viewer' | 'now'>;

/** Builds the services for one verified viewer (a gateway port per request, shared stores…). */
export type ServicesFactory = (viewer: Viewer) => RequestServices | Promise<RequestServices>;

/**
 * One route: parse the verified raw body as JSON (GETs and empty bodies are `{}`), build the
 * deps for the verified viewer, run the handler within the route's budget (a little under the
 * card's hubspot.fetch timeout), answer its result in the envelope. A malformed body is the
 * caller's error (400); a throw goes to the error middleware.
 */
export function routeHandler(handler: BackendHandler, services: ServicesFactory, now: () => number, budgetMs: number = INTERACTIVE_BUDGET_MS): RequestHandler {
  return (_req, res, next) => {
    const { viewer, bodyText } = res.locals.verified as VerifiedLocals;
    const input = parseBody(bodyText);
    if (!input.ok) return sendError(res, { code: 'invalid', message: 'the request body is not valid JSON' });
    run(handler, input.value, viewer, services, now, budgetMs).then((result) => sendResult(res, result), next);
  };
}

async function run(handler: BackendHandler, input: unknown, viewer: Viewer, services: ServicesFactory, now: () => number, budgetMs: number): Promise<HandlerResult<unknown>> {
  const deps: HandlerDeps = { ...(await services(viewer)), viewer, now };
  return withRequestBudget(interactiveBudget(budgetMs), () => handler(input, deps));
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
