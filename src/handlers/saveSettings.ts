import type { SettingsVersionDto } from './contracts/settings';
import { saveSettingsInputSchema, settingsVersionSchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { staleVersionMessage, validateForPortal } from './portalValidation';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';
import { savedByOf, settingsVersionDto } from './settingsVersionDto';
import { storeErrorToHandlerError } from './storeErrorToHandlerError';

/**
 * saveSettings (issue 4): admins only. A save based on a version that is no longer current is
 * a conflict (the page offers a reload) and changes nothing; otherwise the settings go through
 * validateSettings with the portal's pipelines, owners and teams, and every error comes back
 * at once, named by field, with nothing saved. The store's compare-and-set still guards the
 * race between this check and the write.
 */
export function saveSettings(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsVersionDto>> {
  return runHandler({ input: saveSettingsInputSchema, output: settingsVersionSchema }, input, async (request) => {
    const viewer = deps.viewer;
    if (isSystemRunner(viewer)) return handlerErr('forbidden', 'the system runner cannot change settings');
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'write');
    if (!allowed.ok) return allowed;
    const current = context.value.settings.version;
    if (request.expectedVersion !== current) return handlerErr('conflict', staleVersionMessage(request.expectedVersion, current));
    const valid = await validateForPortal(request.settings, deps.crm, context.value);
    if (!valid.ok) return handlerErr('invalid', `the settings have ${valid.error.length} error(s); nothing was saved`, valid.error);
    const saved = await deps.settings.save(context.value.portal.id, valid.value, { expectedVersion: request.expectedVersion, savedBy: savedByOf(viewer) });
    if (!saved.ok) return { ok: false, error: storeErrorToHandlerError(saved.error, 'settings') };
    return handlerOk(settingsVersionDto(saved.value));
  });
}
