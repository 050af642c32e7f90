import type { HandlerResult } from '../src/handlers/handlerResult';
import { handlerErr } from '../src/handlers/handlerResult';
import type { AppHandler } from './appFunction';

/**
 * A handler this install cannot run honestly. The alert scan is idempotent only through the
 * alert ledger (kpi-spec §5, issue 4: a second scan creates nothing new), and the ledger lives
 * in the backend's store; without it every scan would assign the manager the same tasks
 * again. So the app function says so instead of scanning, and names the way that works.
 */
export function requiresBackend(what: string): AppHandler {
  return async (): Promise<HandlerResult<unknown>> =>
    handlerErr(
      'internal',
      `${what} need the KPI backend, which keeps the alert ledger: run them with \`npx kpi alerts scan\` or from cards served by \`npx kpi serve\``,
    );
}
