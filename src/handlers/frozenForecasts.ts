import type { FrozenForecastsOutput } from './contracts/forecasts';
import { frozenForecastsInputSchema, frozenForecastsOutputSchema } from './contracts/forecasts';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerOk } from './handlerResult';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';

/** frozenForecasts: the forecasts kept for the portal, newest period first, for the settings page (who may read the settings). */
export function frozenForecasts(input: unknown, deps: HandlerDeps): Promise<HandlerResult<FrozenForecastsOutput>> {
  return runHandler({ input: frozenForecastsInputSchema, output: frozenForecastsOutputSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'read');
    if (!allowed.ok) return allowed;
    const forecasts = await deps.forecasts.list(context.value.portal.id);
    return handlerOk({ forecasts: [...forecasts].sort((a, b) => b.frozenAt - a.frozenAt) });
  });
}
