import type { SettingsVersionDto } from './contracts/settings';
import { restoreSettingsInputSchema, settingsVersionSchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { validateForPortal } from './portalValidation';
import { runHandler } from './runHandler';
import { landedSettingsWrite, sameRestore } from './landedSettingsWrite';
import { settingsWriteContext } from './settingsWriteContext';
import { savedByOf, settingsVersionDto } from './settingsVersionDto';
import { storeErrorToHandlerError } from './storeErrorToHandlerError';

/**
 * restoreSettings (issue 4): admins only; writes a NEW version equal to an old one, keeping
 * every version in between. A stale expectedVersion is a conflict. The old version is
 * validated against the portal as it is now — a pipeline or owner it names may be gone — and
 * refused with the fields to fix rather than restored half-broken. The same restore sent again
 * after it landed (a retry) answers the version it wrote (landedSettingsWrite).
 */
export function restoreSettings(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsVersionDto>> {
  return runHandler({ input: restoreSettingsInputSchema, output: settingsVersionSchema }, input, async (request) => {
    const writer = await settingsWriteContext(deps, request.expectedVersion);
    if (!writer.ok) {
      const landed = writer.error.code === 'conflict' ? await landedSettingsWrite(deps, request.expectedVersion, sameRestore(request.version)) : null;
      return landed === null ? writer : handlerOk(settingsVersionDto(landed));
    }
    const { context, viewer } = writer.value;
    const portalId = context.portal.id;
    const old = await deps.settings.getVersion(portalId, request.version);
    if (old === null) return handlerErr('not_found', `there is no settings version ${request.version}`);
    const valid = await validateForPortal(old.settings, deps.crm, context);
    if (!valid.ok) return handlerErr('invalid', `version ${request.version} no longer fits the portal; nothing was restored`, valid.error);
    const restored = await deps.settings.restore(portalId, request.version, { expectedVersion: request.expectedVersion, savedBy: savedByOf(viewer) });
    if (!restored.ok) return { ok: false, error: storeErrorToHandlerError(restored.error, 'version') };
    return handlerOk(settingsVersionDto(restored.value));
  });
}
