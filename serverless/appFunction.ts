import { interactiveBudget, settleWithinBudget } from '../src/crm/requestBudget';
import { budgetSpent } from '../src/handlers/budgetSpent';
import type { HandlerDeps } from '../src/handlers/handlerDeps';
import type { HandlerResult } from '../src/handlers/handlerResult';
import { handlerErr } from '../src/handlers/handlerResult';
import { accessTokenOf } from './accessToken';
import type { FunctionRuntime } from './functionDeps';
import { functionDeps } from './functionDeps';
import { readFunctionContext } from './functionContext';

/** A handler as src/handlers exports it. */
export type AppHandler = (input: unknown, deps: HandlerDeps) => Promise<HandlerResult<unknown>>;

/** The entry point HubSpot runs: `exports.main = async (context) => …`. */
export type AppFunctionMain = (context: unknown, runtime?: FunctionRuntime) => Promise<HandlerResult<unknown>>;

/**
 * Turns a handler into an app function: viewer and input from the context, the token from the
 * app's secret, deps, the handler. It answers `{ ok, data }` or `{ ok: false, error }` (what
 * extensions/client/createServerlessClient.ts reads) and never throws: a throw would reach the
 * card as HubSpot's generic function error instead of a state it can show.
 */
export function appFunction(handler: AppHandler): AppFunctionMain {
  return async (context, runtime = {}) => {
    const call = readFunctionContext(context);
    if (!call.ok) return { ok: false, error: call.error };
    const token = accessTokenOf(call.value.secrets, runtime.env ?? process.env);
    if (!token.ok) return { ok: false, error: token.error };
    try {
      const deps = { ...functionDeps(call.value.viewer, token.value, runtime), logProblem: (message: string) => console.error(message) };
      const result = await settleWithinBudget(interactiveBudget(), () => handler(call.value.input, deps), budgetSpent);
      if (result.ok) return result;
      // The cause (and its stack) goes to the function's log, never into the answer.
      if (result.error.code === 'internal') console.error('app function failed', result.cause ?? result.error);
      return { ok: false, error: result.error };
    } catch (error) {
      console.error('app function failed', error);
      return handlerErr('internal', 'the KPI function failed unexpectedly');
    }
  };
}
