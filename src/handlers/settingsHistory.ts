import type { z } from 'zod';
import { settingsHistorySchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerOk } from './handlerResult';
import { noInputSchema } from './noInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { savedByName } from './savedByName';
import { settingsAccess } from './settingsAccess';

export type SettingsHistoryDto = z.infer<typeof settingsHistorySchema>;

/** settingsHistory: every saved version, newest first; the defaults (version 0) are not a saved version. */
export function settingsHistory(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsHistoryDto>> {
  return runHandler({ input: noInputSchema, output: settingsHistorySchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'read');
    if (!allowed.ok) return allowed;
    const versions = await deps.settings.history(context.value.portal.id);
    return handlerOk({ versions: versions.map((v) => ({ version: v.version, savedAt: v.savedAt, savedBy: v.savedBy, savedByName: savedByName(v.savedBy, context.value.roster) })) });
  });
}
