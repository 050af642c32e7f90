import type { SettingsVersionDto } from './contracts/settings';
import { settingsVersionSchema } from './contracts/settings';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerOk } from './handlerResult';
import { noInputSchema } from './noInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';
import { settingsVersionDto } from './settingsVersionDto';

/** getSettings: the settings in force and their version; version 0 = the defaults, never saved. */
export function getSettings(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SettingsVersionDto>> {
  return runHandler({ input: noInputSchema, output: settingsVersionSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'read');
    if (!allowed.ok) return allowed;
    return handlerOk(settingsVersionDto(context.value.settings));
  });
}
