import type { FieldError } from './contracts/common';
import type { SettingsVersionDto } from './contracts/settings';
import { saveSettingsInputSchema, settingsVersionSchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { validateForPortal } from './portalValidation';
import { runHandler } from './runHandler';
import { landedSettingsWrite, sameSave } from './landedSettingsWrite';
import { settingsWriteContext } from './settingsWriteContext';
import { savedByOf, settingsVersionDto } from './settingsVersionDto';
import { storeErrorToHandlerError } from './storeErrorToHandlerError';

/**
 * saveSettings: admins only. A save based on a version that is no longer current is
 * a conflict (the page offers a reload) and changes nothing; otherwise the settings go through
 * validateSettings with the portal's pipelines, owners and teams, and every error comes back
 * at once, named by field, with nothing saved. The store's compare-and-set still guards the
 * race between this check and the write. The same save sent again after it landed (a retry)
 * answers the version it wrote (landedSettingsWrite).
 */
export function saveSettings(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsVersionDto>> {
  return runHandler({ input: saveSettingsInputSchema, output: settingsVersionSchema }, input, async (request) => {
    const writer = await settingsWriteContext(deps, request.expectedVersion);
    if (!writer.ok) {
      const landed = writer.error.code === 'conflict' ? await landedSettingsWrite(deps, request.expectedVersion, sameSave(request.settings)) : null;
      return landed === null ? writer : handlerOk(settingsVersionDto(landed));
    }
    const { context, viewer } = writer.value;
    const valid = await validateForPortal(request.settings, deps.crm, context);
    if (!valid.ok) return handlerErr('invalid', `the settings have ${valid.error.length} error(s); nothing was saved`, valid.error.map(namedField));
    const saved = await deps.settings.save(context.portal.id, valid.value, { expectedVersion: request.expectedVersion, savedBy: savedByOf(viewer) });
    if (!saved.ok) return { ok: false, error: storeErrorToHandlerError(saved.error, 'settings') };
    return handlerOk(settingsVersionDto(saved.value));
  });
}

/** A problem with the settings as a whole (null, a list, a string) is named after the request field it came in. */
const namedField = (error: FieldError): FieldError => (error.field === '' ? { ...error, field: 'settings' } : error);
