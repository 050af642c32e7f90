import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import { CorruptRecordError } from '../store/corruptRecordError';
import type { SettingsVersion } from '../store/settingsStore';
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
 * restoreSettings: admins only; writes a NEW version equal to an old one, keeping
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
    const old = await readVersion(deps, portalId, request.version);
    if (!old.ok) return handlerErr('invalid', `version ${request.version} cannot be restored: ${old.error}`, [{ field: 'version', message: old.error }]);
    if (old.value === null) return handlerErr('not_found', `there is no settings version ${request.version}`);
    const valid = await validateForPortal(old.value.settings, deps.crm, context);
    if (!valid.ok) return handlerErr('invalid', `version ${request.version} no longer fits the portal; nothing was restored`, valid.error);
    const restored = await deps.settings.restore(portalId, request.version, { expectedVersion: request.expectedVersion, savedBy: savedByOf(viewer) });
    if (!restored.ok) return { ok: false, error: storeErrorToHandlerError(restored.error, 'version') };
    return handlerOk(settingsVersionDto(restored.value));
  });
}

/** A corrupt version is the admin's to know about, not a crash: it cannot be restored, another can. */
async function readVersion(deps: HandlerDeps, portalId: number, version: number): Promise<Result<SettingsVersion | null, string>> {
  try {
    return ok(await deps.settings.getVersion(portalId, version));
  } catch (error) {
    if (error instanceof CorruptRecordError) return err(error.message);
    throw error;
  }
}
