import type { Result } from '../domain/result';
import type { HandlerError, Viewer } from './contracts/common';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import { staleVersionMessage } from './portalValidation';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';
import { settingsAccess } from './settingsAccess';

/**
 * The checks every settings write (save, restore) makes before touching the store, in the
 * order an admin would want to hear them: only people may change settings (never the
 * scheduled runner), only admins, and only on top of the version they were looking at — a
 * stale version is a conflict, so the page can offer a reload instead of overwriting a
 * colleague's save.
 */
export async function settingsWriteContext(deps: HandlerDeps, expectedVersion: number): Promise<Result<{ context: RequestContext; viewer: Viewer }, HandlerError>> {
  const viewer = deps.viewer;
  if (isSystemRunner(viewer)) return { ok: false, error: { code: 'forbidden', message: 'the system runner cannot change settings' } };
  const context = await requestContext(deps);
  if (!context.ok) return context;
  const allowed = await settingsAccess(context.value, 'write');
  if (!allowed.ok) return allowed;
  const current = context.value.settings.version;
  if (expectedVersion !== current) return { ok: false, error: { code: 'conflict', message: staleVersionMessage(expectedVersion, current) } };
  return { ok: true, value: { context: context.value, viewer } };
}
