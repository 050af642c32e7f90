import { interactiveBudget, settleWithinBudget } from '../src/crm/requestBudget';
import { budgetSpent } from '../src/handlers/budgetSpent';
import type { Result } from '../src/domain/result';
import { err, ok } from '../src/domain/result';
import type { HandlerError, Viewer } from '../src/handlers/contracts/common';
import type { HandlerDeps } from '../src/handlers/handlerDeps';
import type { HandlerResult } from '../src/handlers/handlerResult';
import { handlerErr } from '../src/handlers/handlerResult';
import { crmErrorToHandlerError } from '../src/handlers/crmErrorToHandlerError';
import { accessTokenOf } from './accessToken';
import type { FunctionConnection, FunctionRuntime } from './functionDeps';
import { apiBaseUrlOf, functionConnection, functionDeps } from './functionDeps';
import type { FunctionCall } from './functionContext';
import { readFunctionContext } from './functionContext';

/** A handler as src/handlers exports it. */
export type AppHandler = (input: unknown, deps: HandlerDeps) => Promise<HandlerResult<unknown>>;

/** The entry point HubSpot runs: `exports.main = async (context) => …`. */
export type AppFunctionMain = (context: unknown, runtime?: FunctionRuntime) => Promise<HandlerResult<unknown>>;

/**
 * The viewer of a call: the portal the token belongs to (account info, cached with the
 * token's connection) and the user of the call. A runtime that names an account other than
 * the token's is refused: no portal's numbers may reach another's card.
 */
async function viewerOf(call: FunctionCall, connection: FunctionConnection): Promise<Result<Viewer, HandlerError>> {
  const portal = await connection.crm.portal();
  if (portal.id === null) return err({ code: 'unauthorized', message: 'HubSpot would not tell which account the app’s token belongs to (GET /account-info/v3/details)' });
  if (call.accountId !== null && call.accountId !== portal.id) return err({ code: 'unauthorized', message: `the app’s token belongs to account ${portal.id}, not ${call.accountId}` });
  const { userId, email, locale, identity } = call.user;
  return ok({ portalId: portal.id, userId, email, locale, identity });
}

/**
 * Turns a handler into an app function: the call from the context, the token from the app's
 * secret, the token's connection, the viewer, the handler within an interactive budget. It
 * answers `{ ok, data }` or `{ ok: false, error }` (what extensions/client reads) and never
 * throws: a throw would reach the card as HubSpot's generic function error instead of a state
 * it can show.
 */
export function appFunction(handler: AppHandler): AppFunctionMain {
  return async (context, runtime = {}) => {
    const call = readFunctionContext(context);
    if (!call.ok) return { ok: false, error: call.error };
    const env = runtime.env ?? process.env;
    const token = accessTokenOf(call.value.secrets, env);
    if (!token.ok) return { ok: false, error: token.error };
    const now = runtime.now ?? Date.now;
    try {
      const result = await settleWithinBudget(
        interactiveBudget(),
        async () => {
          const connection = functionConnection(token.value, apiBaseUrlOf(runtime, call.value.secrets, env));
          const viewer = await viewerOf(call.value, connection);
          if (!viewer.ok) return { ok: false as const, error: viewer.error };
          const deps = { ...functionDeps(viewer.value, connection, now, call.value.propertiesToSend), logProblem: (message: string) => console.error(message) };
          return handler(call.value.input, deps);
        },
        budgetSpent,
      );
      if (result.ok) return result;
      // The cause (and its stack) goes to the function's log, never into the answer.
      if (result.error.code === 'internal') console.error('app function failed', result.cause ?? result.error);
      return { ok: false, error: result.error };
    } catch (error) {
      const known = crmErrorToHandlerError(error);
      if (known.code !== 'internal') return { ok: false, error: known };
      console.error('app function failed', error);
      return handlerErr('internal', 'the KPI function failed unexpectedly');
    }
  };
}
